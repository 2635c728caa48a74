using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>Durations as operators type them in URLs and pickers: "30s", "5m", "1h", "2d", "1w".</summary>
public static partial class DurationText
{
    private static readonly (char Unit, TimeSpan Length)[] Units =
    [
        ('w', TimeSpan.FromDays(7)), ('d', TimeSpan.FromDays(1)), ('h', TimeSpan.FromHours(1)),
        ('m', TimeSpan.FromMinutes(1)), ('s', TimeSpan.FromSeconds(1)),
    ];

    /// <summary>Parses a whole number followed by s, m, h, d or w; false for anything else or zero.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count == 0)
        {
            return false;
        }

        var unit = match.Groups["unit"].Value[0];
        duration = Units.First(u => u.Unit == unit).Length * count;
        return true;
    }

    /// <summary>The largest unit that divides <paramref name="duration"/> exactly: 90 min → "90m", 2 days → "2d".</summary>
    public static string Format(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        foreach (var (unit, length) in Units)
        {
            if (duration.Ticks % length.Ticks == 0)
            {
                return (duration.Ticks / length.Ticks).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return ((long)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";
    }

    [GeneratedRegex("^(?<count>[0-9]{1,6})(?<unit>[smhdw])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
