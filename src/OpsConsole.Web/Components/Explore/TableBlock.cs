using System.Globalization;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>One query's instant result as table rows: a column per label (the metric name first), then the value.</summary>
public sealed record TableBlock(
    string Letter,
    string Expression,
    IReadOnlyList<string> Columns,
    IReadOnlyList<TableRow> Rows,
    int TotalRows,
    QueryError? Error,
    TimeSpan Took)
{
    public const string MetricColumn = "__name__";

    public static TableBlock From(string letter, string expression, QueryOutcome<QueryValue> outcome, int maxRows)
    {
        if (outcome.Value is not { } value)
        {
            return new TableBlock(letter, expression, [], [], 0, outcome.Error, outcome.Took);
        }
        var rows = value switch
        {
            VectorValue vector => vector.Samples.Select(s => new TableRow(s.Labels, Format(s.Point.Value))).ToList(),
            MatrixValue matrix => matrix.Series.Select(s => new TableRow(s.Labels,
                string.Join("  ", s.Points.TakeLast(10).Select(p => Format(p.Value))) + (s.Points.Count > 10 ? " …" : string.Empty))).ToList(),
            ScalarValue scalar => [new TableRow(LabelSet.Empty, Format(scalar.Point.Value))],
            StringValue text => [new TableRow(LabelSet.Empty, text.Value)],
            _ => [],
        };
        var shown = rows.Take(maxRows).ToList();
        var names = shown.SelectMany(r => r.Labels.Values.Keys).Distinct(StringComparer.Ordinal).ToList();
        var columns = names.Where(n => n == MetricColumn)
            .Concat(names.Where(n => n != MetricColumn).OrderBy(n => n, StringComparer.Ordinal)).ToList();
        return new TableBlock(letter, expression, columns, shown, rows.Count, null, outcome.Took);
    }

    // Prometheus's own notation: shortest round-trip digits, NaN and ±Inf spelled as Prometheus does.
    internal static string Format(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}

/// <summary>A row: the series' labels and its value as text.</summary>
public sealed record TableRow(LabelSet Labels, string Value);
