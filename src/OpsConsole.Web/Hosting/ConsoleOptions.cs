namespace OpsConsole.Web.Hosting;

/// <summary>The "OpsConsole" configuration section.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "OpsConsole";

    public string DataDirectory { get; set; } = ".data/console";

    /// <summary>How often a board refreshes its panels.</summary>
    public TimeSpan DefaultRefresh { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the Prometheus health monitor probes the backend.</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
