using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>A <c>{from: now-1h, to: now}</c> mapping, as boards and playlist entries write their time range.</summary>
internal static class TimeRangeParser
{
    public static BoardTimeRange? Parse(YamlNode node, string path, BoardErrorSink errors)
    {
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors, "from", "to");
        var fromNode = fields.Required("from", "e.g. from: now-1h");
        var from = fromNode is not null ? ParseRelative(fromNode, fields.PathOf("from"), errors) : null;
        var to = fields.Optional("to") is { } toNode ? ParseRelative(toNode, fields.PathOf("to"), errors) : RelativeTime.Now;
        if (from is null || to is null)
        {
            return null;
        }
        if (from.Ago <= to.Ago)
        {
            errors.Add(fromNode!, fields.PathOf("from"), $"the range starts at {from} but ends at {to}, so it is empty",
                "from must be further in the past than to, e.g. from: now-1h, to: now");
            return null;
        }
        return new BoardTimeRange(from, to);
    }

    private static RelativeTime? ParseRelative(YamlNode node, string path, BoardErrorSink errors)
    {
        if (YamlValues.Text(node, path, errors) is not { } text)
        {
            return null;
        }
        if (RelativeTime.TryParse(text, out var time))
        {
            return time;
        }
        errors.Add(node, path, $"\"{text}\" is not a relative time", "write now or now-<duration>, e.g. now-6h or now-7d");
        return null;
    }
}
