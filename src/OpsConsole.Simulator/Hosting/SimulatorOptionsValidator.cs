using System.Net;
using Microsoft.Extensions.Options;

namespace OpsConsole.Simulator.Hosting;

/// <summary>Reports every problem in the options at once.</summary>
public sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var errors = Errors(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Errors(SimulatorOptions options)
    {
        var errors = new List<string>();
        if (!IPAddress.TryParse(options.ListenAddress, out _))
        {
            errors.Add($"--listen-address '{options.ListenAddress}' is not an IP address; use e.g. 127.0.0.1.");
        }

        if (options.ControlPort is < 0 or > 65535)
        {
            errors.Add($"--control-port {options.ControlPort} is outside 0-65535.");
        }

        if (options.FirstTargetPort is < 0 or > 65000)
        {
            errors.Add($"--first-target-port {options.FirstTargetPort} is outside 0-65000 (targets take the ports after it).");
        }

        if (options.Redis is not null && !RedisEndpoint.TryParse(options.Redis, out _))
        {
            errors.Add($"--redis '{options.Redis}' is not host:port; use e.g. 127.0.0.1:6379.");
        }

        return errors;
    }
}
