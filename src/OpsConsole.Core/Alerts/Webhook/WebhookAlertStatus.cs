namespace OpsConsole.Core.Alerts.Webhook;

public enum WebhookAlertStatus
{
    Firing,
    Resolved,
}
