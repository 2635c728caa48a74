namespace OpsConsole.Prometheus.Model;

/// <summary>The version information of the Prometheus server (/api/v1/status/buildinfo).</summary>
public sealed record PrometheusBuildInfo(
    string Version,
    string Revision,
    string Branch,
    string BuildUser,
    string BuildDate,
    string GoVersion);
