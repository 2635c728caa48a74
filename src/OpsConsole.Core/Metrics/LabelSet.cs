using System.Collections.Frozen;

namespace OpsConsole.Core.Metrics;

/// <summary>The labels that identify a series, compared by value.</summary>
public sealed class LabelSet : IEquatable<LabelSet>
{
    public static readonly LabelSet Empty = new(FrozenDictionary<string, string>.Empty);

    private readonly FrozenDictionary<string, string> _labels;

    public LabelSet(IEnumerable<KeyValuePair<string, string>> labels)
    {
        _labels = labels.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> Values => _labels;

    public string? this[string name] => _labels.GetValueOrDefault(name);

    public string MetricName => this["__name__"] ?? string.Empty;

    public bool Equals(LabelSet? other) =>
        other is not null && _labels.Count == other._labels.Count &&
        _labels.All(pair => other._labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (name, value) in _labels)
        {
            hash ^= HashCode.Combine(name, value);
        }
        return hash;
    }

    /// <summary>Prometheus-style text, e.g. <c>up{instance="a", job="b"}</c>.</summary>
    public override string ToString()
    {
        var pairs = _labels.Where(p => p.Key != "__name__").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}=\"{p.Value}\"");
        return $"{MetricName}{{{string.Join(", ", pairs)}}}";
    }
}
