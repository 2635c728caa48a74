using System.Globalization;

namespace OpsConsole.Core.Boards;

/// <summary>
/// Turns panel numbers into text with their unit, scaled to a readable size: "97.3 %", "1.2 GiB",
/// "350 ms", "1.5 s", "2.3k ops/s". The one formatter every panel, tooltip and table uses.
/// </summary>
public static class UnitFormatter
{
    /// <summary>Shown where there is no number (no data yet, or the backend answered NaN).</summary>
    public const string Missing = "—";

    private const int MaxDecimals = 6;

    private static readonly Scale[] TimeScales =
    [
        new(1e-9, " ns"), new(1e-6, " µs"), new(1e-3, " ms"), new(1, " s"),
        new(60, " min"), new(3600, " h"), new(86400, " d"),
    ];

    private static readonly Scale[] ByteScales =
    [
        new(1, " B"), new(1L << 10, " KiB"), new(1L << 20, " MiB"), new(1L << 30, " GiB"),
        new(1L << 40, " TiB"), new(1L << 50, " PiB"), new(1L << 60, " EiB"),
    ];

    private static readonly Scale[] RateScales =
    [
        new(1, " ops/s"), new(1e3, "k ops/s"), new(1e6, "M ops/s"), new(1e9, "G ops/s"), new(1e12, "T ops/s"),
    ];

    // Plain numbers and counts keep all their digits (with group separators) up to a million:
    // "12,345 robots" reads better than "12.3k".
    private static readonly Scale[] LargeNumberScales =
    [
        new(1, string.Empty), new(1e6, "M"), new(1e9, "G"), new(1e12, "T"),
    ];

    /// <summary>Formats <paramref name="value"/>; <see cref="Missing"/> for null or NaN.</summary>
    public static string Format(double? value, Unit unit, int? decimals, CultureInfo culture) =>
        value is { } number ? Format(number, unit, decimals, culture) : Missing;

    /// <summary>
    /// Formats <paramref name="value"/> in <paramref name="unit"/>. <paramref name="decimals"/>
    /// (clamped to 0..6) applies after scaling; null chooses by magnitude (0 from 100 up, 1 from 1 up,
    /// two significant digits below 1).
    /// </summary>
    public static string Format(double value, Unit unit, int? decimals, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (double.IsNaN(value))
        {
            return Missing;
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }
        var fixedDecimals = decimals is { } d ? Math.Clamp(d, 0, MaxDecimals) : (int?)null;
        return unit switch
        {
            Unit.Percent => Plain(value, fixedDecimals, culture) + " %",
            Unit.PercentUnit => Plain(value * 100, fixedDecimals, culture) + " %",
            Unit.Seconds => Scaled(value, TimeScales, zeroIndex: 3, fixedDecimals, culture),
            Unit.Milliseconds => Scaled(value / 1000, TimeScales, zeroIndex: 2, fixedDecimals, culture),
            Unit.Bytes => Scaled(value, ByteScales, zeroIndex: 0, fixedDecimals, culture),
            Unit.BytesPerSecond => Scaled(value, ByteScales, zeroIndex: 0, fixedDecimals, culture) + "/s",
            Unit.OpsPerSecond => Scaled(value, RateScales, zeroIndex: 0, fixedDecimals, culture),
            Unit.Count => Scaled(value, LargeNumberScales, zeroIndex: 0, fixedDecimals ?? (Math.Abs(value) < 1e6 ? 0 : null), culture),
            _ => Scaled(value, LargeNumberScales, zeroIndex: 0, fixedDecimals, culture),
        };
    }

    private static string Plain(double value, int? decimals, CultureInfo culture) =>
        value.ToString("N" + (decimals ?? AutoDecimals(Math.Abs(value))).ToString(CultureInfo.InvariantCulture), culture);

    private static string Scaled(double value, Scale[] scales, int zeroIndex, int? decimals, CultureInfo culture)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            return Plain(0, decimals ?? 0, culture) + scales[zeroIndex].Suffix;
        }
        var index = 0;
        while (index + 1 < scales.Length && magnitude >= scales[index + 1].Factor)
        {
            index++;
        }
        var digits = decimals ?? AutoDecimals(magnitude / scales[index].Factor);
        // 999.96 ms at 0 decimals would read "1,000 ms": promote it to the next unit instead.
        if (index + 1 < scales.Length &&
            Math.Round(magnitude / scales[index].Factor, digits) >= scales[index + 1].Factor / scales[index].Factor)
        {
            index++;
            // It rounded up to at least 1 of the larger unit, so choose digits as for 1.
            digits = decimals ?? AutoDecimals(Math.Max(1, magnitude / scales[index].Factor));
        }
        return Plain(value / scales[index].Factor, digits, culture) + scales[index].Suffix;
    }

    private static int AutoDecimals(double magnitude)
    {
        if (magnitude == 0 || magnitude >= 100)
        {
            return 0;
        }
        if (magnitude >= 1)
        {
            return 1;
        }
        // Two significant digits: 0.35 → "0.35", 0.0042 → "0.0042".
        var leadingZeros = -(int)Math.Floor(Math.Log10(magnitude)) - 1;
        return Math.Clamp(leadingZeros + 2, 2, MaxDecimals);
    }

    private readonly record struct Scale(double Factor, string Suffix);
}
