using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OpsConsole.Simulator.Tests.Support;

/// <summary>The families deploy/prometheus/METRICS.md promises per job, read from the file itself.</summary>
internal static partial class MetricCatalogue
{
    private static readonly Dictionary<string, string[]> JobsBySection = new(StringComparer.Ordinal)
    {
        ["robot-data-service"] = ["robot-data-service"],
        ["webhook-service"] = ["webhook-service"],
        ["flink"] = ["flink", "flink-taskmanager"],
        ["kafka"] = ["kafka", "kafka-broker"],
    };

    public static IReadOnlyList<CatalogueEntry> Entries()
    {
        var entries = new List<CatalogueEntry>();
        string[]? jobs = null;
        IReadOnlySet<string> previousLabels = new HashSet<string>();
        foreach (var line in File.ReadLines(FilePath()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var section = line[3..].Split(' ')[0];
                jobs = JobsBySection.GetValueOrDefault(section);
                continue;
            }

            var row = Row().Match(line);
            if (jobs is null || !row.Success)
            {
                continue;
            }

            var labelText = row.Groups["labels"].Value.Trim();
            var labels = labelText == "same" ? previousLabels : ParseLabels(labelText);
            previousLabels = labels;
            entries.Add(new CatalogueEntry(row.Groups["name"].Value, row.Groups["type"].Value.Trim(), labels, jobs));
        }

        return entries;
    }

    private static HashSet<string> ParseLabels(string text)
    {
        // "region, band (`0-20`,...)" and "topic (per broker)": the parenthesis is commentary.
        var withoutComments = Regex.Replace(text, @"\([^)]*\)", string.Empty);
        return withoutComments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static string FilePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "deploy", "prometheus", "METRICS.md"));

    [GeneratedRegex(@"^\| `(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)` \| (?<type>[^|]*)\|(?<labels>[^|]*)\|")]
    private static partial Regex Row();
}

internal sealed record CatalogueEntry(string Name, string Type, IReadOnlySet<string> Labels, string[] Jobs);
