namespace OpsConsole.Core.Alerts.Matching;

/// <summary>
/// Matcher text could not be read. <see cref="Position"/> is the 0-based index into the text where the problem is
/// (the editor underlines from there); the message names the 1-based column too.
/// </summary>
public sealed class MatcherParseException : FormatException
{
    public MatcherParseException(string reason, int position)
        : base($"column {position + 1}: {reason}")
    {
        Reason = reason;
        Position = position;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    public int Position { get; }

    public int Column => Position + 1;
}
