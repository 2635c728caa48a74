using System.Text;
using OpsConsole.Core.Boards.Yaml;

namespace OpsConsole.Core.Boards;

/// <summary>
/// Reads board files (<c>*.yaml</c>, <c>*.yml</c>) and validates them. Every error of a file is
/// reported at once, with line, column and field; nothing wrong in a file makes this throw.
/// </summary>
public static class BoardFileLoader
{
    /// <summary>
    /// Loads every board file directly in <paramref name="directory"/>, in file-name order. Board ids
    /// must be unique across files: a later file reusing an id gets an error and the first keeps it.
    /// A missing directory gives no results.
    /// </summary>
    public static async Task<IReadOnlyList<BoardFileResult>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken) =>
        Validate(await ReadDirectoryAsync(directory, cancellationToken).ConfigureAwait(false));

    /// <summary>Loads one board file (checks within the file only).</summary>
    public static async Task<BoardFileResult> LoadFileAsync(string path, CancellationToken cancellationToken) =>
        Validate([await ReadAsync(path, cancellationToken).ConfigureAwait(false)])[0];

    /// <summary>Validates board text as if it were the file <paramref name="fileName"/>.</summary>
    public static BoardFileResult Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        return BoardFileParser.Parse(fileName, yaml).Result;
    }

    /// <summary>The board files of <paramref name="directory"/>, ordered by name (ordinal).</summary>
    public static IReadOnlyList<string> BoardFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory)
                .Where(IsBoardFile)
                .OrderBy(Path.GetFileName, StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Whether <paramref name="path"/> names a board file (by extension).</summary>
    public static bool IsBoardFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of every board file in <paramref name="directory"/>, in file-name order.</summary>
    internal static async Task<IReadOnlyList<BoardFileText>> ReadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var texts = new List<BoardFileText>();
        foreach (var path in BoardFiles(directory))
        {
            texts.Add(await ReadAsync(path, cancellationToken).ConfigureAwait(false));
        }
        return texts;
    }

    /// <summary>Validates files read together: each on its own, then board ids across them.</summary>
    internal static IReadOnlyList<BoardFileResult> Validate(IReadOnlyList<BoardFileText> files) =>
        WithUniqueIds(files.Select(Parse).ToList());

    private static async Task<BoardFileText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        try
        {
            return new BoardFileText(file, await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleted or locked between listing and reading (an editor saving): report, never throw.
            return new BoardFileText(file, string.Empty, e.Message);
        }
    }

    private static ParsedBoardFile Parse(BoardFileText file)
    {
        if (file.ReadError is null)
        {
            return BoardFileParser.Parse(file.File, file.Text);
        }
        var error = new BoardFileError(file.File, 1, 1, string.Empty, "the file cannot be read: " + file.ReadError, "check that it exists and the console may read it");
        return new ParsedBoardFile(new BoardFileResult(file.File, Path.GetFileNameWithoutExtension(file.File), null, [error]), null);
    }

    private static IReadOnlyList<BoardFileResult> WithUniqueIds(List<ParsedBoardFile> parsed)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<BoardFileResult>(parsed.Count);
        foreach (var (result, idMark) in parsed)
        {
            if (!owners.TryAdd(result.BoardId, result.File) && idMark is { } mark)
            {
                var error = new BoardFileError(result.File, (int)mark.Line, (int)mark.Column, "id",
                    $"board id \"{result.BoardId}\" is already used by {owners[result.BoardId]}", "give each board its own id");
                results.Add(result with { Board = null, Errors = [.. result.Errors, error] });
                continue;
            }
            results.Add(result);
        }
        return results;
    }
}

/// <summary>A board file's name and text as read, or why it could not be read.</summary>
internal sealed record BoardFileText(string File, string Text, string? ReadError);
