using Microsoft.Extensions.Options;

namespace OpsConsole.Web.Localization;

/// <summary>How times are shown: the "OpsConsole:TimeZone" setting (an IANA id such as "Asia/Shanghai").</summary>
public sealed class DisplayOptions
{
    public const string SectionName = "OpsConsole";

    /// <summary>The time zone every timestamp is shown in; empty means the server's own zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The configured zone, or the server's when none (or an unknown one, which validation reports).</summary>
    public TimeZoneInfo ResolveTimeZone() =>
        !string.IsNullOrWhiteSpace(TimeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone.Trim(), out var zone)
            ? zone
            : TimeZoneInfo.Local;
}

internal sealed class DisplayOptionsValidator : IValidateOptions<DisplayOptions>
{
    public ValidateOptionsResult Validate(string? name, DisplayOptions options) =>
        string.IsNullOrWhiteSpace(options.TimeZone) || TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone.Trim(), out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"OpsConsole:TimeZone '{options.TimeZone}' is not a time zone this machine knows; use an IANA id such as " +
                "\"Asia/Shanghai\" or \"UTC\", or leave it empty for the server's own zone.");
}
