using System.Globalization;

namespace OpsConsole.Web.Localization;

/// <summary>The UI languages: zh-CN first (the platform's operators read Chinese first), then English.</summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string Default = Chinese;

    /// <summary>Each language named in itself, as a language switch shows it whatever the current language is.</summary>
    public static IReadOnlyList<UiLanguage> Languages { get; } =
    [
        new(Chinese, "中文"),
        new(English, "English"),
    ];

    public static IReadOnlyList<string> Supported { get; } = [.. Languages.Select(l => l.Culture)];

    /// <summary>
    /// The supported culture a culture name stands for: any Chinese ("zh", "zh-Hans", "zh-TW") is zh-CN, any
    /// English ("en-US", "en-GB") is en; null for anything else or nothing.
    /// </summary>
    public static string? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var language = name.Trim().Split('-', '_')[0];
        return language.ToLowerInvariant() switch
        {
            "zh" => Chinese,
            "en" => English,
            _ => null,
        };
    }

    /// <summary>The supported culture of <paramref name="culture"/>, the default when it is neither (e.g. invariant).</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Match(culture.Name) ?? Default;
    }
}

/// <param name="Culture">The culture name, e.g. "zh-CN".</param>
/// <param name="NativeName">The language in its own words, e.g. "中文".</param>
public sealed record UiLanguage(string Culture, string NativeName);
