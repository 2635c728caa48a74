using System.Globalization;

namespace OpsConsole.Prometheus.Wire;

/// <summary>Numbers, times and durations as the Prometheus API writes and reads them (always invariant culture).</summary>
internal static class WireFormat
{
    private static readonly DateTimeOffset NeverEvaluated = DateTimeOffset.MinValue;

    /// <summary>Unix seconds with millisecond precision, e.g. "1700000000.123": what Prometheus stores.</summary>
    public static string Time(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>A duration in (fractional) seconds, e.g. "15" or "0.5", accepted wherever Prometheus wants a duration.</summary>
    public static string Seconds(TimeSpan duration) =>
        ((decimal)duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset FromUnixSeconds(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));

    public static TimeSpan FromSeconds(double seconds) =>
        double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;

    /// <summary>A sample value: a Go float formatted as text, including "NaN", "+Inf" and "-Inf".</summary>
    public static double SampleValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"\"{text}\" is not a Prometheus sample value."),
    };

    /// <summary>
    /// An RFC 3339 timestamp (Go writes up to nine fractional digits, .NET keeps seven).
    /// Go's zero time, which Prometheus sends for "never", becomes null.
    /// </summary>
    public static DateTimeOffset? Timestamp(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var parsed = DateTimeOffset.Parse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return parsed.UtcDateTime.Year <= 1 ? null : parsed.ToUniversalTime();
    }

    /// <summary>A Prometheus duration such as "15s", "1m30s", "500ms" or "2h".</summary>
    public static TimeSpan? Duration(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var total = TimeSpan.Zero;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                return null;
            }
            var amount = long.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            TimeSpan? unit = text[unitStart..i] switch
            {
                "ms" => TimeSpan.FromMilliseconds(1),
                "s" => TimeSpan.FromSeconds(1),
                "m" => TimeSpan.FromMinutes(1),
                "h" => TimeSpan.FromHours(1),
                "d" => TimeSpan.FromDays(1),
                "w" => TimeSpan.FromDays(7),
                "y" => TimeSpan.FromDays(365),
                _ => null,
            };
            if (unit is null)
            {
                return null;
            }
            total += amount * unit.Value;
        }
        return total;
    }

    private static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        const int MaxDigits = 7;
        return end - dot - 1 <= MaxDigits ? text : string.Concat(text.AsSpan(0, dot + 1 + MaxDigits), text.AsSpan(end));
    }
}
