using System.Globalization;
using System.Text.RegularExpressions;
using OpsConsole.Web.Components.Charts;

namespace OpsConsole.Web.Components.Panels;

/// <summary>Turns a panel's series into what its chart draws: lines over time, or one value per category.</summary>
public static partial class PanelSeries
{
    private const string BucketLabel = "le";

    /// <summary>One chart series per panel series, over time.</summary>
    public static IReadOnlyList<ChartSeries> OverTime(PanelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. data.Series.Select(s => new ChartSeries(s.Name, [.. s.Series.Points.Select(p => ChartPoint.At(p.Timestamp, p.Value))]))];
    }

    /// <summary>
    /// One chart series whose categories are the panel's series names, each at its newest value; names
    /// that all start with a number ("0-20 %", "20-40 %") are ordered by it, others by name.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Categories(PanelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var latest = data.Series.Where(s => s.Latest is not null).Select(s => (s.Name, Value: s.Latest!.Value)).ToList();
        var numbered = latest.Count > 0 && latest.All(p => LeadingNumber(p.Name) is not null);
        var ordered = numbered
            ? latest.OrderBy(p => LeadingNumber(p.Name))
            : latest.OrderBy(p => p.Name, StringComparer.Ordinal);
        return [new ChartSeries(data.Title, [.. ordered.Select(p => ChartPoint.Category(p.Name, p.Value))])];
    }

    /// <summary>
    /// Histogram buckets: series carrying Prometheus's cumulative <c>le</c> label become one bar per
    /// bucket holding only its own count (ordered by bound, +Inf last); anything else is <see cref="Categories"/>.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Histogram(PanelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buckets = data.Series
            .Select(s => (Series: s, Bound: Bound(s.Series.Labels[BucketLabel])))
            .ToList();
        if (buckets.Count == 0 || buckets.Any(b => b.Bound is null))
        {
            return Categories(data);
        }

        var points = new List<ChartPoint>();
        var below = 0d;
        foreach (var (series, bound) in buckets.OrderBy(b => b.Bound))
        {
            var cumulative = series.Latest ?? below;
            var name = double.IsPositiveInfinity(bound!.Value) ? "+Inf" : "≤ " + bound.Value.ToString(CultureInfo.InvariantCulture);
            points.Add(ChartPoint.Category(name, Math.Max(0, cumulative - below)));
            below = Math.Max(below, cumulative);
        }
        return [new ChartSeries(data.Title, points)];
    }

    private static double? Bound(string? le) =>
        le switch
        {
            null => null,
            "+Inf" => double.PositiveInfinity,
            _ => double.TryParse(le, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
        };

    private static double? LeadingNumber(string name)
    {
        var match = Number().Match(name);
        return match.Success ? double.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*-?[0-9]+(\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
