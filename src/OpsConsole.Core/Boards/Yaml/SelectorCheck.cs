using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Checks that a definition file's field holds one counter selector (<c>name{label="value"}</c>), not a whole expression.</summary>
internal static partial class SelectorCheck
{
    public static string? Counter(YamlNode node, string path, BoardErrorSink errors)
    {
        if (YamlValues.Text(node, path, errors) is not { } text)
        {
            return null;
        }
        var selector = text.Trim();
        if (Selector().IsMatch(selector))
        {
            return selector;
        }
        var hint = selector.Contains('[', StringComparison.Ordinal) || selector.Contains('(', StringComparison.Ordinal)
            ? "give the bare counter selector; the generator adds rate(...[window]) and sum for every window"
            : "write a metric name with optional matchers, e.g. http_server_requests_seconds_count{uri!=\"/actuator/health\"}";
        errors.Add(node, path, $"\"{selector}\" is not a counter selector", hint);
        return null;
    }

    // name, then optionally {matchers}: label op "value" pairs separated by commas.
    [GeneratedRegex("""^[a-zA-Z_:][a-zA-Z0-9_:]*(\{\s*([a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"(?:[^"\\]|\\.)*"\s*(,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"(?:[^"\\]|\\.)*"\s*)*,?)?\})?$""", RegexOptions.CultureInvariant)]
    private static partial Regex Selector();
}
