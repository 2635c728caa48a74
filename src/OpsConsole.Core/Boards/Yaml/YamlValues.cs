using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Reads typed values out of YAML nodes, reporting a wrong type or value where it stands.</summary>
internal static class YamlValues
{
    public static YamlMappingNode? Mapping(YamlNode node, string path, BoardErrorSink errors)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }
        errors.Add(node, path, $"expected a mapping of fields, got {Describe(node)}", "write it as \"key: value\" lines indented under the field");
        return null;
    }

    public static YamlSequenceNode? Sequence(YamlNode node, string path, BoardErrorSink errors)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }
        errors.Add(node, path, $"expected a list, got {Describe(node)}", "write each item on its own line starting with \"- \"");
        return null;
    }

    /// <summary>A non-empty text value (a plain number like <c>200</c> counts as text too).</summary>
    public static string? Text(YamlNode node, string path, BoardErrorSink errors)
    {
        if (node is not YamlScalarNode scalar)
        {
            errors.Add(node, path, $"expected text, got {Describe(node)}");
            return null;
        }
        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            errors.Add(node, path, "must not be empty");
            return null;
        }
        return scalar.Value;
    }

    public static int? Integer(YamlNode node, string path, BoardErrorSink errors)
    {
        if (PlainScalar(node, path, "a whole number", errors) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(node, path, $"expected a whole number, got \"{text}\"");
            return null;
        }
        return value;
    }

    public static double? Number(YamlNode node, string path, BoardErrorSink errors)
    {
        if (PlainScalar(node, path, "a number", errors) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(node, path, $"expected a number, got \"{text}\"");
            return null;
        }
        return value;
    }

    public static bool? Boolean(YamlNode node, string path, BoardErrorSink errors)
    {
        if (PlainScalar(node, path, "true or false", errors) is not { } text)
        {
            return null;
        }
        if (text is "true" or "false")
        {
            return text == "true";
        }
        errors.Add(node, path, $"expected true or false, got \"{text}\"");
        return null;
    }

    /// <summary>One of the words in <paramref name="names"/>; anything else is reported with the closest word.</summary>
    public static T? Enum<T>(YamlNode node, string path, FrozenDictionary<string, T> names, string what, BoardErrorSink errors)
        where T : struct
    {
        if (Text(node, path, errors) is not { } text)
        {
            return null;
        }
        if (names.TryGetValue(text, out var value))
        {
            return value;
        }
        errors.Add(node, path, $"unknown {what} \"{text}\"", Suggestions.DidYouMean(text, names.Keys));
        return null;
    }

    /// <summary>A <c>{zh-CN: …, en: …}</c> mapping; both languages are required.</summary>
    public static LocalizedText? Localized(YamlNode node, string path, BoardErrorSink errors)
    {
        if (Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors, "zh-CN", "en");
        var zh = fields.Required("zh-CN", "boards give every title in zh-CN and en") is { } zhNode ? Text(zhNode, fields.PathOf("zh-CN"), errors) : null;
        var en = fields.Required("en", "boards give every title in zh-CN and en") is { } enNode ? Text(enNode, fields.PathOf("en"), errors) : null;
        return zh is not null && en is not null ? new LocalizedText(zh, en) : null;
    }

    /// <summary>One text or a list of texts (<c>default: cn-east</c> or <c>default: [cn-east, cn-north]</c>).</summary>
    public static IReadOnlyList<string>? TextOrList(YamlNode node, string path, BoardErrorSink errors)
    {
        if (node is YamlScalarNode)
        {
            return Text(node, path, errors) is { } single ? [single] : null;
        }
        if (Sequence(node, path, errors) is not { } sequence)
        {
            return null;
        }
        var values = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Text(sequence.Children[i], $"{path}[{i}]", errors) is { } value)
            {
                values.Add(value);
            }
        }
        return values;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar => $"the quoted text \"{scalar.Value}\"",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        _ => "an alias",
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private static string? PlainScalar(YamlNode node, string path, string expected, BoardErrorSink errors)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && !IsNull(scalar))
        {
            return scalar.Value;
        }
        var hint = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? "remove the quotes" : null;
        errors.Add(node, path, $"expected {expected}, got {Describe(node)}", hint);
        return null;
    }
}
