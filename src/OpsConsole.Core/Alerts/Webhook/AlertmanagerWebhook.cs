using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Alerts.Webhook;

/// <summary>An Alertmanager webhook notification, version "4": one alert group as one route's receiver sees it.</summary>
public sealed record AlertmanagerWebhook
{
    public const string SupportedVersion = "4";

    public required string Version { get; init; }

    public required string GroupKey { get; init; }

    /// <summary>How many alerts Alertmanager left out because of the receiver's max_alerts.</summary>
    public int TruncatedAlerts { get; init; }

    /// <summary>The group's status: firing when any alert in it fires.</summary>
    public required WebhookAlertStatus Status { get; init; }

    public required string Receiver { get; init; }

    public required LabelSet GroupLabels { get; init; }

    public required LabelSet CommonLabels { get; init; }

    public required LabelSet CommonAnnotations { get; init; }

    public required string ExternalUrl { get; init; }

    public required IReadOnlyList<WebhookAlert> Alerts { get; init; }
}
