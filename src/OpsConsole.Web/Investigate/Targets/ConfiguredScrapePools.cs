using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// The scrape pools Prometheus is configured with (each <c>scrape_configs[].job_name</c> of /api/v1/status/config).
/// /api/v1/targets and /api/v1/scrape_pools name only pools that have targets; a pool whose discovery found nothing
/// is exactly the one an operator must see (a broken file_sd path, a selector matching no pod).
/// </summary>
public static class ConfiguredScrapePools
{
    /// <summary>The job names in config order; empty when the YAML has none or cannot be read (the page then shows the pools with targets only).</summary>
    public static IReadOnlyList<string> FromConfigYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return [];
        }

        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("scrape_configs"), out var configs)
            || configs is not YamlSequenceNode sequence)
        {
            return [];
        }

        return [.. sequence.Children
            .OfType<YamlMappingNode>()
            .Select(config => config.Children.TryGetValue(new YamlScalarNode("job_name"), out var name) ? (name as YamlScalarNode)?.Value : null)
            .OfType<string>()
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }
}
