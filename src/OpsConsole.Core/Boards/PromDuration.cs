using System.Globalization;
using System.Text;

namespace OpsConsole.Core.Boards;

/// <summary>
/// Durations as Prometheus writes them: one or more <c>&lt;integer&gt;&lt;unit&gt;</c> with units
/// ms, s, m, h, d, w, y in descending order (<c>90s</c>, <c>1h30m</c>, <c>30d</c>).
/// </summary>
public static class PromDuration
{
    private static readonly (string Unit, TimeSpan Length)[] Units =
    [
        ("y", TimeSpan.FromDays(365)),
        ("w", TimeSpan.FromDays(7)),
        ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Parses a positive duration; false for zero, negatives, fractions, unknown or repeated units.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var position = 0;
        var lastUnitIndex = -1;
        while (position < text.Length)
        {
            var digitsStart = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
            if (position == digitsStart || position - digitsStart > 9)
            {
                return false;
            }
            var amount = long.Parse(text.AsSpan(digitsStart, position - digitsStart), CultureInfo.InvariantCulture);
            var unitIndex = MatchUnit(text, position);
            // Prometheus requires units largest first, each at most once ("1h30m", never "30m1h").
            if (unitIndex < 0 || unitIndex <= lastUnitIndex)
            {
                return false;
            }
            position += Units[unitIndex].Unit.Length;
            lastUnitIndex = unitIndex;
            duration += Units[unitIndex].Length * amount;
        }
        return duration > TimeSpan.Zero;
    }

    /// <summary>The shortest Prometheus text for <paramref name="duration"/> (<c>1h30m</c>); <c>0s</c> for zero.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }
        var text = new StringBuilder();
        var rest = duration;
        // Years and weeks are skipped on output: "30d" reads better in a time picker than "4w2d".
        foreach (var (unit, length) in Units.Skip(2))
        {
            var count = rest.Ticks / length.Ticks;
            if (count > 0)
            {
                text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= length * count;
            }
        }
        return text.ToString();
    }

    private static int MatchUnit(string text, int position)
    {
        // "ms" must win over "m" when both could match.
        if (string.CompareOrdinal(text, position, "ms", 0, 2) == 0)
        {
            return Units.Length - 1;
        }
        if (position >= text.Length)
        {
            return -1;
        }
        var letter = text[position].ToString();
        return Array.FindIndex(Units, u => u.Unit == letter);
    }
}
