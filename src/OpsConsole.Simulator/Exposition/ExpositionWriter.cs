using System.Globalization;
using System.Text;

namespace OpsConsole.Simulator.Exposition;

/// <summary>
/// Writes the Prometheus text exposition format 0.0.4: one HELP and TYPE block per family, then its samples.
/// </summary>
public sealed class ExpositionWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);

    /// <summary>Starts a family. A family may only be declared once per exposition.</summary>
    public void Family(string name, MetricType type, string help)
    {
        if (!_families.Add(name))
        {
            throw new InvalidOperationException($"Metric family '{name}' was declared twice; a family's samples must be contiguous.");
        }

        _text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(TypeName(type)).Append('\n');
    }

    public void Sample(string name, ReadOnlySpan<Label> labels, double value)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                if (i > 0)
                {
                    _text.Append(',');
                }

                _text.Append(labels[i].Name).Append("=\"");
                AppendEscapedLabelValue(labels[i].Value);
                _text.Append('"');
            }

            _text.Append('}');
        }

        _text.Append(' ').Append(FormatValue(value)).Append('\n');
    }

    public void Sample(string name, double value) => Sample(name, [], value);

    /// <summary>Writes _bucket (cumulative, with +Inf), _sum and _count of one histogram series.</summary>
    public void Histogram(string name, ReadOnlySpan<Label> labels, ReadOnlySpan<double> upperBounds, ReadOnlySpan<double> cumulativeCounts, double count, double sum)
    {
        if (upperBounds.Length != cumulativeCounts.Length)
        {
            throw new ArgumentException("Every bucket bound needs exactly one cumulative count.", nameof(cumulativeCounts));
        }

        var withLe = new Label[labels.Length + 1];
        labels.CopyTo(withLe);
        for (var i = 0; i < upperBounds.Length; i++)
        {
            withLe[^1] = new Label("le", FormatValue(upperBounds[i]));
            Sample(name + "_bucket", withLe, cumulativeCounts[i]);
        }

        withLe[^1] = new Label("le", "+Inf");
        Sample(name + "_bucket", withLe, count);
        Sample(name + "_sum", labels, sum);
        Sample(name + "_count", labels, count);
    }

    public override string ToString() => _text.ToString();

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string TypeName(MetricType type) => type switch
    {
        MetricType.Counter => "counter",
        MetricType.Gauge => "gauge",
        MetricType.Histogram => "histogram",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown metric type."),
    };

    private static string EscapeHelp(string help) => help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private void AppendEscapedLabelValue(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    _text.Append("\\\\");
                    break;
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\n':
                    _text.Append("\\n");
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }
    }
}
