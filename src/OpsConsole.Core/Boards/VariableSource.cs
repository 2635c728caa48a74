using System.Text.RegularExpressions;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Boards;

/// <summary>Where a variable's choices come from.</summary>
public abstract record VariableSource;

/// <summary>
/// The values of <paramref name="Label"/> on the series <paramref name="Metric"/> selects (a metric
/// name or a selector such as <c>up{job="x"}</c>): Prometheus
/// <c>GET /api/v1/label/&lt;Label&gt;/values?match[]=&lt;Metric&gt;</c>, best with <c>start</c>/<c>end</c>
/// set to the board's range so instances long gone are not offered.
/// </summary>
public sealed record LabelValuesSource(string Metric, string Label) : VariableSource;

/// <summary>
/// Values read from the result of an instant query: each result series is written
/// Prometheus-style (<c>name{a="1", b="2"}</c>, see <see cref="LabelSet.ToString"/>) and
/// <paramref name="Regex"/> is matched against it; the first capture group (or the whole match
/// when it has none) is the value.
/// </summary>
public sealed record QueryResultSource(string Expr, string Regex) : VariableSource
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The distinct values, in first-seen order, that <see cref="Regex"/> extracts from <paramref name="series"/>.</summary>
    public IReadOnlyList<string> ExtractValues(IEnumerable<LabelSet> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var regex = new Regex(Regex, RegexOptions.CultureInvariant, MatchTimeout);
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var labels in series)
        {
            var match = regex.Match(labels.ToString());
            if (!match.Success)
            {
                continue;
            }
            var value = match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
            if (seen.Add(value))
            {
                values.Add(value);
            }
        }
        return values;
    }
}
