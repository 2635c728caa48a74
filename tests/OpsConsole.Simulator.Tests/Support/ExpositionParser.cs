using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsConsole.Simulator.Tests.Support;

/// <summary>
/// A strict reader of the Prometheus text format 0.0.4, written from the format description and independent of
/// the simulator's writer. Any deviation throws with the line number.
/// </summary>
internal static partial class ExpositionParser
{
    private static readonly HashSet<string> Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static ParsedExposition Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The exposition does not end with a line feed.");
        }

        var families = new Dictionary<string, (string Type, string Help, List<ParsedSample> Samples)>(StringComparer.Ordinal);
        var closed = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i];
            var where = $"line {i + 1}: '{line}'";
            if (line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 4);
                var name = parts.Length >= 3 ? parts[2] : throw new FormatException($"Malformed comment at {where}.");
                if (!MetricName().IsMatch(name))
                {
                    throw new FormatException($"Bad metric name at {where}.");
                }

                if (closed.Contains(name) || (current != name && families.ContainsKey(name) && families[name].Samples.Count > 0))
                {
                    throw new FormatException($"Family {name} is declared after its samples or twice, at {where}.");
                }

                if (current is not null && current != name)
                {
                    closed.Add(current);
                }

                current = name;
                var entry = families.TryGetValue(name, out var existing) ? existing : (Type: "untyped", Help: "", Samples: new List<ParsedSample>());
                if (parts[1] == "TYPE")
                {
                    var type = parts.Length == 4 ? parts[3] : throw new FormatException($"TYPE without a type at {where}.");
                    entry.Type = Types.Contains(type) ? type : throw new FormatException($"Unknown type at {where}.");
                }
                else
                {
                    entry.Help = parts.Length == 4 ? parts[3] : "";
                }

                families[name] = entry;
                continue;
            }

            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var sample = ParseSample(line, where);
            var family = FamilyOf(sample.Name, families);
            if (family is null || family != current)
            {
                throw new FormatException($"Sample {sample.Name} is not in the family block being written ({current}) at {where}.");
            }

            families[family].Samples.Add(sample);
        }

        var result = families.ToDictionary(f => f.Key, f => new ParsedFamily(f.Key, f.Value.Type, f.Value.Help, f.Value.Samples), StringComparer.Ordinal);
        foreach (var histogram in result.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(histogram);
        }

        foreach (var family in result.Values)
        {
            var duplicate = family.Samples.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new FormatException($"Series {duplicate.Key} appears twice.");
            }
        }

        return new ParsedExposition(result);
    }

    private static string? FamilyOf(string sampleName, Dictionary<string, (string Type, string Help, List<ParsedSample> Samples)> families)
    {
        if (families.TryGetValue(sampleName, out var exact) && exact.Type != "histogram")
        {
            return sampleName;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal))
            {
                var baseName = sampleName[..^suffix.Length];
                if (families.TryGetValue(baseName, out var family) && family.Type == "histogram")
                {
                    return baseName;
                }
            }
        }

        return null;
    }

    private static ParsedSample ParseSample(string line, string where)
    {
        var nameMatch = MetricName().Match(line);
        if (!nameMatch.Success || nameMatch.Index != 0)
        {
            throw new FormatException($"Bad metric name at {where}.");
        }

        var position = nameMatch.Length;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var labelName = LabelName().Match(line, position);
                if (!labelName.Success || labelName.Index != position)
                {
                    throw new FormatException($"Bad label name at {where}.");
                }

                position += labelName.Length;
                if (line[position] != '=' || line[position + 1] != '"')
                {
                    throw new FormatException($"Expected =\" after label name at {where}.");
                }

                position += 2;
                var value = new StringBuilder();
                while (line[position] != '"')
                {
                    if (line[position] == '\\')
                    {
                        value.Append(line[position + 1] switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw new FormatException($"Bad escape in label value at {where}."),
                        });
                        position += 2;
                    }
                    else
                    {
                        value.Append(line[position++]);
                    }
                }

                position++;
                if (!labels.TryAdd(labelName.Value, value.ToString()))
                {
                    throw new FormatException($"Label {labelName.Value} repeated at {where}.");
                }

                if (line[position] == ',')
                {
                    position++;
                }
                else if (line[position] != '}')
                {
                    throw new FormatException($"Expected , or }} after a label at {where}.");
                }
            }

            position++;
        }

        if (position >= line.Length || line[position] != ' ')
        {
            throw new FormatException($"Expected a space before the value at {where}.");
        }

        var rest = line[(position + 1)..].Split(' ');
        if (rest.Length > 2 || (rest.Length == 2 && !long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"Expected a value and an optional integer timestamp at {where}.");
        }

        return new ParsedSample(nameMatch.Value, labels, ParseValue(rest[0], where));
    }

    private static double ParseValue(string text, string where) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"Bad sample value at {where}."),
    };

    private static void CheckHistogram(ParsedFamily family)
    {
        var series = family.Samples.GroupBy(s => string.Join(",", s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")));
        foreach (var one in series)
        {
            var buckets = one.Where(s => s.Name == family.Name + "_bucket").ToList();
            var count = one.SingleOrDefault(s => s.Name == family.Name + "_count") ?? throw new FormatException($"{family.Name}{{{one.Key}}} has no _count.");
            _ = one.SingleOrDefault(s => s.Name == family.Name + "_sum") ?? throw new FormatException($"{family.Name}{{{one.Key}}} has no _sum.");
            if (buckets.Count == 0 || buckets.Any(b => !b.Labels.ContainsKey("le")))
            {
                throw new FormatException($"{family.Name}{{{one.Key}}} has no buckets or a bucket without le.");
            }

            var bounds = buckets.Select(b => ParseValue(b.Labels["le"], "le of " + family.Name)).ToList();
            for (var i = 1; i < buckets.Count; i++)
            {
                if (bounds[i] <= bounds[i - 1] || buckets[i].Value < buckets[i - 1].Value)
                {
                    throw new FormatException($"{family.Name}{{{one.Key}}} buckets are not increasing at le={buckets[i].Labels["le"]}.");
                }
            }

            if (!double.IsPositiveInfinity(bounds[^1]) || buckets[^1].Value != count.Value)
            {
                throw new FormatException($"{family.Name}{{{one.Key}}}: the last bucket must be +Inf and equal _count.");
            }
        }
    }

    [GeneratedRegex("[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    [GeneratedRegex("[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelName();
}
