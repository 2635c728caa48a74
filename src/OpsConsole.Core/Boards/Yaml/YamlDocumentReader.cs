using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Reads the one YAML document of a definition file (SLO, capacity), reporting broken YAML where it breaks.</summary>
internal static partial class YamlDocumentReader
{
    /// <summary>The root mapping, or null with the reason in <paramref name="errors"/>.</summary>
    public static YamlMappingNode? Root(string text, BoardErrorSink errors, string emptyHint)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.Add(e.Start, string.Empty, "not valid YAML: " + MarkPrefix().Replace(e.Message, string.Empty),
                "check the indentation and quoting at this line and the one before");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            errors.Add(parser.LastGoodEnd, string.Empty, "not valid YAML after this point",
                "often a { or [ that is not closed, or a missing quote; check here and the next lines");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(new Mark(0, 1, 1), string.Empty, "the file is empty", emptyHint);
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode, string.Empty, "the file holds more than one YAML document", "remove the \"---\" separator");
        }
        return YamlValues.Mapping(stream.Documents[0].RootNode, string.Empty, errors);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPrefix();
}
