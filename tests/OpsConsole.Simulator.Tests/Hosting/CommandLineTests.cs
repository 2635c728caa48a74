using Microsoft.Extensions.Configuration;
using OpsConsole.Simulator.Hosting;

namespace OpsConsole.Simulator.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void Command_line_flags_bind_to_the_simulator_options()
    {
        string[] args = ["--listen-address", "127.0.0.2", "--control-port", "9400", "--first-target-port", "0", "--file-sd-dir", "/tmp/sd", "--redis", "127.0.0.1:6390", "--seed", "5"];
        var configuration = new ConfigurationBuilder().AddCommandLine(args, SimulatorCommandLine.SwitchMappings).Build();

        var options = configuration.GetSection(SimulatorOptions.SectionName).Get<SimulatorOptions>()!;

        Assert.Equal("127.0.0.2", options.ListenAddress);
        Assert.Equal(9400, options.ControlPort);
        Assert.Equal(0, options.FirstTargetPort);
        Assert.Equal("/tmp/sd", options.FileSdDirectory);
        Assert.Equal("127.0.0.1:6390", options.Redis);
        Assert.Equal(5, options.Seed);
        Assert.Empty(SimulatorOptionsValidator.Errors(options));
    }

    [Fact]
    public void Defaults_are_loopback_control_9300_and_targets_from_9301()
    {
        var options = new SimulatorOptions();

        Assert.Equal("127.0.0.1", options.ListenAddress);
        Assert.Equal(9300, options.ControlPort);
        Assert.Equal(9301, options.FirstTargetPort);
    }
}
