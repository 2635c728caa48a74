using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Capacity;

/// <summary>Reads the capacity files (<c>deploy/capacity/*.yaml</c>); a broken file reports every error with its position.</summary>
public static class CapacityFileLoader
{
    public static async Task<IReadOnlyList<CapacityFileResult>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var results = new List<CapacityFileResult>();
        foreach (var path in BoardFileLoader.BoardFiles(directory))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            results.Add(Parse(Path.GetFileName(path), text));
        }
        return results;
    }

    public static CapacityFileResult Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        return CapacityFileParser.Parse(fileName, yaml);
    }
}
