using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Slo;

/// <summary>
/// Reads SLO files (<c>deploy/slo/*.yaml</c>). Every error of a file is reported at once with file, line, column,
/// field and a hint; a broken file never hides the others, and nothing in a file makes this throw.
/// </summary>
public static class SloFileLoader
{
    /// <summary>Every SLO file directly in <paramref name="directory"/>, in file-name order; ids must be unique across files.</summary>
    public static async Task<IReadOnlyList<SloFileResult>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var results = new List<SloFileResult>();
        foreach (var path in BoardFileLoader.BoardFiles(directory))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            results.Add(Parse(Path.GetFileName(path), text));
        }
        return WithUniqueIds(results);
    }

    /// <summary>Validates SLO files read together (a file that could not be read is an error row of its own).</summary>
    internal static IReadOnlyList<SloFileResult> Validate(IReadOnlyList<BoardFileText> files) =>
        WithUniqueIds([.. files.Select(file => file.ReadError is null
            ? Parse(file.File, file.Text)
            : new SloFileResult(file.File, Path.GetFileNameWithoutExtension(file.File), null,
                [new BoardFileError(file.File, 1, 1, string.Empty, "the file cannot be read: " + file.ReadError, "check that it exists and the console may read it")]))]);

    public static SloFileResult Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        return SloFileParser.Parse(fileName, yaml);
    }

    private static List<SloFileResult> WithUniqueIds(List<SloFileResult> results)
    {
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.Slo is null)
            {
                continue;
            }
            if (firstFile.TryGetValue(result.SloId, out var first))
            {
                results[i] = result with
                {
                    Slo = null,
                    Errors = [new BoardFileError(result.File, 1, 1, "id", $"id \"{result.SloId}\" is already used by {first}", "give every SLO its own id")],
                };
                continue;
            }
            firstFile[result.SloId] = result.File;
        }
        return results;
    }
}
