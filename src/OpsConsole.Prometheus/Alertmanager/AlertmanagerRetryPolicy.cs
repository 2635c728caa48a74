namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// How reads of one Alertmanager are retried: the same failures as the Prometheus client's
/// (<see cref="PrometheusRetryPolicy.IsTransient"/>: network errors and 503), never a write: a repeated POST
/// would create a second silence.
/// </summary>
internal sealed record AlertmanagerRetryPolicy(int MaxRetries, TimeSpan BaseDelay)
{
    public static AlertmanagerRetryPolicy Default { get; } = new(2, TimeSpan.FromMilliseconds(250));
}
