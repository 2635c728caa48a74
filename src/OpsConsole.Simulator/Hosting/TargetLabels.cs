namespace OpsConsole.Simulator.Hosting;

/// <summary>Target label names the simulator publishes.</summary>
public static class TargetLabels
{
    public const string Service = "service";
    public const string Pod = "pod";
    public const string MetricsPath = "__metrics_path__";
}
