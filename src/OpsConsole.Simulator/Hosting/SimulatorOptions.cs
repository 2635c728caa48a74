namespace OpsConsole.Simulator.Hosting;

/// <summary>How the simulator listens and what it writes. Bound from the "Simulator" configuration section and the command line.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Port of the control API; 0 lets the OS choose.</summary>
    public int ControlPort { get; set; } = 9300;

    /// <summary>Targets take consecutive ports from here; 0 gives each target an OS-assigned free port.</summary>
    public int FirstTargetPort { get; set; } = 9301;

    /// <summary>When set, one Prometheus file_sd file per job is kept up to date here.</summary>
    public string? FileSdDirectory { get; set; }

    /// <summary>host:port of a Redis to run the cache workload against.</summary>
    public string? Redis { get; set; }

    public int? Seed { get; set; }
}
