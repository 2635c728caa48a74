namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>GET /api/v2/status of one Alertmanager.</summary>
public sealed record AlertmanagerStatus
{
    /// <summary>Which configured Alertmanager answered.</summary>
    public required Uri Instance { get; init; }

    public required string Version { get; init; }

    /// <summary>"ready", "settling" or "disabled" (no cluster).</summary>
    public required string ClusterStatus { get; init; }

    public IReadOnlyList<string> ClusterPeers { get; init; } = [];

    public DateTimeOffset? Uptime { get; init; }

    /// <summary>The configuration it runs, as YAML (secrets shown as &lt;secret&gt; by Alertmanager).</summary>
    public string ConfigYaml { get; init; } = string.Empty;
}
