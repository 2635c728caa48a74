using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>
/// The fields of one YAML mapping in a board file: looks them up by name, reports the required
/// ones that are missing and, on creation, every field the format does not know (with a suggestion).
/// </summary>
internal sealed class MappingFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly BoardErrorSink _errors;

    public MappingFields(YamlMappingNode node, string path, BoardErrorSink errors, params string[] known)
    {
        Node = node;
        Path = path;
        _errors = errors;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                errors.Add(key, path, "a field name must be plain text");
                continue;
            }
            if (Array.IndexOf(known, name) < 0)
            {
                errors.Add(key, PathOf(name), $"unknown field \"{name}\"", Suggestions.DidYouMean(name, known));
                continue;
            }
            _fields[name] = (key, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, or null when the mapping does not have it.</summary>
    public YamlNode? Optional(string key) => _fields.TryGetValue(key, out var field) ? field.Value : null;

    /// <summary>The key node of <paramref name="key"/> (for errors about the field itself), or null.</summary>
    public YamlNode? KeyNode(string key) => _fields.TryGetValue(key, out var field) ? field.Key : null;

    /// <summary>The value of <paramref name="key"/>; reports it missing (at the mapping) when absent.</summary>
    public YamlNode? Required(string key, string? hint = null)
    {
        var value = Optional(key);
        if (value is null)
        {
            _errors.Add(Node, PathOf(key), $"required field \"{key}\" is missing", hint);
        }
        return value;
    }
}
