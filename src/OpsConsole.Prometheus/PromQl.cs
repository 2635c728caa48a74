using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus;

/// <summary>Building PromQL safely from values that came from users, alerts or labels.</summary>
public static class PromQl
{
    /// <summary>Escapes a value for a double-quoted PromQL string (see <see cref="PromQlString.Escape"/>).</summary>
    public static string EscapeLabelValue(string value) => PromQlString.Escape(value);

    /// <summary>An equality matcher <c>name="value"</c> with the value escaped.</summary>
    /// <exception cref="ArgumentException">The name is not a valid Prometheus label name.</exception>
    public static string LabelMatcher(string name, string value)
    {
        if (!IsValidLabelName(name))
        {
            throw new ArgumentException($"\"{name}\" is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*).", nameof(name));
        }
        return $"{name}=\"{EscapeLabelValue(value)}\"";
    }

    /// <summary>Whether <paramref name="name"/> matches <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</summary>
    public static bool IsValidLabelName(string? name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
