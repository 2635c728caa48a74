using Microsoft.Extensions.Options;

namespace OpsConsole.Web.Hosting;

/// <summary>Reports every invalid setting at once, so an operator fixes the file in one go.</summary>
internal sealed class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        var errors = new List<string>();
        if (options.DefaultRefresh < Shortest)
        {
            errors.Add($"{ConsoleOptions.SectionName}:DefaultRefresh is {options.DefaultRefresh}; use at least 00:00:01.");
        }
        if (options.HealthCheckInterval < Shortest)
        {
            errors.Add($"{ConsoleOptions.SectionName}:HealthCheckInterval is {options.HealthCheckInterval}; use at least 00:00:01.");
        }
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add($"{ConsoleOptions.SectionName}:DataDirectory is empty; give a folder for the console's data.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
