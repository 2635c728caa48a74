using System.Text;

namespace OpsConsole.Core.Metrics;

/// <summary>The one place a value is made safe for a double-quoted PromQL string literal.</summary>
public static class PromQlString
{
    private const string Special = "\\\"\n\r";

    /// <summary>
    /// Escapes backslash, double quote, newline and carriage return (the PromQL lexer rejects the last two raw);
    /// everything else, non-ASCII included, is valid inside the quotes as it is.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            return value;
        }
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => escaped.Append(@"\\"),
                '"' => escaped.Append("\\\""),
                '\n' => escaped.Append(@"\n"),
                '\r' => escaped.Append(@"\r"),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }
}
