using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>What GET /api/v2/alerts and /api/v2/alerts/groups return: alerts matching all <see cref="Matchers"/>, in the chosen states.</summary>
public sealed record AlertFilter
{
    /// <summary>Everything Alertmanager holds (not resolved).</summary>
    public static AlertFilter All { get; } = new();

    public IReadOnlyList<Matcher> Matchers { get; init; } = [];

    public bool Active { get; init; } = true;

    public bool Silenced { get; init; } = true;

    public bool Inhibited { get; init; } = true;

    public bool Unprocessed { get; init; } = true;

    /// <summary>A regular expression the receiver name must match; null for any.</summary>
    public string? Receiver { get; init; }
}
