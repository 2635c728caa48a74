namespace OpsConsole.Core.Alerts.Response;

/// <summary>The three recorded changes response times are made of.</summary>
public enum TransitionKind
{
    Fired,
    Acknowledged,
    Resolved,
}

/// <summary>
/// One recorded change of one alert, as response times read it. <see cref="Service"/> and <see cref="Severity"/> are
/// the alert's <c>service</c> and <c>severity</c> labels (every rule in deploy/prometheus/rules carries both), null when absent.
/// </summary>
public readonly record struct AlertTransition(
    string Fingerprint, string AlertName, string? Service, string? Severity, TransitionKind Kind, DateTimeOffset At);
