using System.Text;
using System.Text.RegularExpressions;

namespace OpsConsole.Web.Explore.Queries;

/// <summary>
/// Why a query failed: Prometheus's error type (a code: <c>bad_data</c>, <c>execution</c>, <c>timeout</c>,
/// <c>unreachable</c>…) and its own text, verbatim; <see cref="Offset"/> is where in the expression a parse error
/// is (UTF-16 index), when Prometheus named the place.
/// </summary>
public sealed partial record QueryError(string ErrorType, string Message, int? Offset)
{
    public static QueryError From(string errorType, string message, string expression) =>
        new(errorType, message, PositionOf(message, expression));

    /// <summary>
    /// Prometheus writes a parse error as <c>line:column: parse error: …</c> (1-based; the column counts UTF-8
    /// bytes within the line). Null when the text names no place, or a place outside the expression.
    /// </summary>
    public static int? PositionOf(string message, string expression)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(expression);
        var match = Position().Match(message);
        if (!match.Success
            || !int.TryParse(match.Groups["line"].ValueSpan, out var line)
            || !int.TryParse(match.Groups["column"].ValueSpan, out var column)
            || line < 1 || column < 1)
        {
            return null;
        }
        var lineStart = 0;
        for (var l = 1; l < line; l++)
        {
            var next = expression.IndexOf('\n', lineStart);
            if (next < 0)
            {
                return null;
            }
            lineStart = next + 1;
        }
        var bytes = 0;
        var index = lineStart;
        while (index < expression.Length && expression[index] != '\n' && bytes < column - 1)
        {
            var width = char.IsSurrogatePair(expression, index) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(expression.AsSpan(index, width));
            index += width;
        }
        return bytes >= column - 1 || index == expression.Length ? index : null;
    }

    [GeneratedRegex(@"(?<line>\d+):(?<column>\d+): parse error")]
    private static partial Regex Position();
}
