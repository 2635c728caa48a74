namespace OpsConsole.Core.Boards;

/// <summary>
/// One thing wrong with a board file, with where it is and what to do about it.
/// </summary>
/// <param name="File">The file's name (e.g. <c>kafka.yaml</c>).</param>
/// <param name="Line">1-based line of the offending node.</param>
/// <param name="Column">1-based column of the offending node.</param>
/// <param name="Field">Path of the field, e.g. <c>panels[3].options.unit</c>; empty for the file as a whole.</param>
/// <param name="Reason">What is wrong.</param>
/// <param name="Hint">What to do about it, e.g. "did you mean \"percent\"?"; null when there is nothing to add.</param>
public sealed record BoardFileError(string File, int Line, int Column, string Field, string Reason, string? Hint)
{
    /// <summary>One line for logs and the UI: <c>kafka.yaml:12:7 panels[3].options.unit: reason (hint)</c>.</summary>
    public override string ToString()
    {
        var where = Field.Length == 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}:{Column} {Field}";
        return Hint is null ? $"{where}: {Reason}" : $"{where}: {Reason} ({Hint})";
    }
}
