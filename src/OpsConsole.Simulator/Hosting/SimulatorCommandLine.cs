namespace OpsConsole.Simulator.Hosting;

/// <summary>Maps the command-line flags onto the "Simulator" configuration section.</summary>
internal static class SimulatorCommandLine
{
    public static IDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--listen-address"] = "Simulator:ListenAddress",
        ["--control-port"] = "Simulator:ControlPort",
        ["--first-target-port"] = "Simulator:FirstTargetPort",
        ["--file-sd-dir"] = "Simulator:FileSdDirectory",
        ["--redis"] = "Simulator:Redis",
        ["--seed"] = "Simulator:Seed",
    };
}
