using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Reads a panel's <c>options</c>, rejecting those that do not apply to the panel's type.</summary>
internal sealed class PanelOptionsParser(BoardErrorSink errors)
{
    private const int MaxDecimals = 6;
    private const int MaxLimit = 100;

    // Options that only mean something for some panel types; the rest apply to all.
    private static readonly Dictionary<string, PanelType[]> OnlyFor = new(StringComparer.Ordinal)
    {
        ["style"] = [PanelType.TimeSeries],
        ["stack"] = [PanelType.TimeSeries, PanelType.Bar],
        ["distribution"] = [PanelType.Distribution],
        ["limit"] = [PanelType.TopN],
    };

    /// <summary>The options, with defaults for what the file leaves out; null when something was wrong.</summary>
    public PanelOptions? Parse(YamlNode? node, string path, PanelType? type)
    {
        var defaults = new PanelOptions { Query = DefaultQuery(type) };
        if (node is null)
        {
            return defaults;
        }
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors,
            "unit", "decimals", "thresholds", "min", "max", "legend", "style", "stack", "distribution", "query", "limit");
        var valid = CheckApplies(fields, type);
        var options = defaults;

        if (fields.Optional("unit") is { } unitNode)
        {
            var unit = YamlValues.Enum(unitNode, fields.PathOf("unit"), BoardVocabulary.Units, "unit", errors);
            valid &= unit is not null;
            options = options with { Unit = unit ?? Unit.None };
        }
        if (fields.Optional("decimals") is { } decimalsNode)
        {
            var decimals = YamlValues.Integer(decimalsNode, fields.PathOf("decimals"), errors);
            if (decimals is < 0 or > MaxDecimals)
            {
                errors.Add(decimalsNode, fields.PathOf("decimals"), $"decimals is {decimals}, it must be 0..{MaxDecimals}");
                decimals = null;
            }
            valid &= decimals is not null;
            options = options with { Decimals = decimals };
        }
        if (fields.Optional("thresholds") is { } thresholdsNode)
        {
            var thresholds = ParseThresholds(thresholdsNode, fields.PathOf("thresholds"));
            valid &= thresholds is not null;
            options = options with { Thresholds = thresholds ?? [] };
        }
        var min = fields.Optional("min") is { } minNode ? YamlValues.Number(minNode, fields.PathOf("min"), errors) : null;
        var max = fields.Optional("max") is { } maxNode ? YamlValues.Number(maxNode, fields.PathOf("max"), errors) : null;
        valid &= (fields.Has("min") == min.HasValue) && (fields.Has("max") == max.HasValue);
        if (min is not null && max is not null && min >= max)
        {
            errors.Add(fields.Optional("max")!, fields.PathOf("max"), $"max ({max}) must be greater than min ({min})");
            valid = false;
        }
        options = options with { Min = min, Max = max };

        valid &= ReadEnum(fields, "legend", BoardVocabulary.LegendPlacements, "legend placement", v => options = options with { Legend = v });
        valid &= ReadEnum(fields, "style", BoardVocabulary.SeriesStyles, "series style", v => options = options with { Style = v });
        valid &= ReadEnum(fields, "distribution", BoardVocabulary.DistributionModes, "distribution mode", v => options = options with { Distribution = v });
        valid &= ReadEnum(fields, "query", BoardVocabulary.QueryModes, "query mode", v => options = options with { Query = v });
        if (fields.Optional("stack") is { } stackNode)
        {
            var stack = YamlValues.Boolean(stackNode, fields.PathOf("stack"), errors);
            valid &= stack is not null;
            options = options with { Stack = stack == true };
        }
        if (fields.Optional("limit") is { } limitNode)
        {
            var limit = YamlValues.Integer(limitNode, fields.PathOf("limit"), errors);
            if (limit is < 1 or > MaxLimit)
            {
                errors.Add(limitNode, fields.PathOf("limit"), $"limit is {limit}, it must be 1..{MaxLimit}");
                limit = null;
            }
            valid &= limit is not null;
            options = options with { Limit = limit ?? defaults.Limit };
        }
        return valid ? options : null;
    }

    /// <summary>Range for charts over time, the current value for everything else.</summary>
    public static QueryMode DefaultQuery(PanelType? type) =>
        type is PanelType.TimeSeries or PanelType.Bar ? QueryMode.Range : QueryMode.Instant;

    private bool CheckApplies(MappingFields fields, PanelType? type)
    {
        if (type is null)
        {
            return true;
        }
        var valid = true;
        foreach (var (option, types) in OnlyFor)
        {
            if (fields.KeyNode(option) is { } key && !types.Contains(type.Value))
            {
                errors.Add(key, fields.PathOf(option),
                    $"\"{option}\" does not apply to {BoardVocabulary.NameOf(type.Value)} panels",
                    "it applies to: " + string.Join(", ", types.Select(BoardVocabulary.NameOf)));
                valid = false;
            }
        }
        return valid;
    }

    private bool ReadEnum<T>(MappingFields fields, string key, System.Collections.Frozen.FrozenDictionary<string, T> names, string what, Action<T> apply)
        where T : struct
    {
        if (fields.Optional(key) is not { } node)
        {
            return true;
        }
        if (YamlValues.Enum(node, fields.PathOf(key), names, what, errors) is not { } value)
        {
            return false;
        }
        apply(value);
        return true;
    }

    private List<Threshold>? ParseThresholds(YamlNode node, string path)
    {
        if (YamlValues.Sequence(node, path, errors) is not { } sequence)
        {
            return null;
        }
        var thresholds = new List<Threshold>();
        var valid = true;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (YamlValues.Mapping(sequence.Children[i], itemPath, errors) is not { } mapping)
            {
                valid = false;
                continue;
            }
            var fields = new MappingFields(mapping, itemPath, errors, "value", "color");
            var valueNode = fields.Required("value");
            var value = valueNode is not null ? YamlValues.Number(valueNode, fields.PathOf("value"), errors) : null;
            var color = fields.Required("color") is { } colorNode ? ParseColor(colorNode, fields.PathOf("color")) : null;
            if (value is null || color is null)
            {
                valid = false;
                continue;
            }
            if (thresholds.Count > 0 && value <= thresholds[^1].Value)
            {
                errors.Add(valueNode!, fields.PathOf("value"),
                    $"thresholds must ascend, but {value} follows {thresholds[^1].Value}",
                    "list thresholds from the lowest value to the highest");
                valid = false;
            }
            thresholds.Add(new Threshold(value.Value, color));
        }
        return valid ? thresholds : null;
    }

    private string? ParseColor(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" })
        {
            errors.Add(node, path, "the colour is empty", "quote hex colours (color: \"#e02f44\"): an unquoted # starts a comment");
            return null;
        }
        if (YamlValues.Text(node, path, errors) is not { } color)
        {
            return null;
        }
        if (BoardVocabulary.ColorNames.Contains(color) || IsHexColor(color))
        {
            return color;
        }
        errors.Add(node, path, $"unknown colour \"{color}\"",
            Suggestions.Closest(color, BoardVocabulary.ColorNames) is { } closest
                ? $"did you mean \"{closest}\"?"
                : "use " + string.Join(", ", BoardVocabulary.ColorNames) + " or #rrggbb");
        return null;
    }

    private static bool IsHexColor(string color) =>
        color.Length is 4 or 7 && color[0] == '#' && color.AsSpan(1).ContainsOnlyHex();
}

file static class HexExtensions
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
