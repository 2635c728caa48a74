namespace OpsConsole.Web.Boards;

/// <summary>
/// Finds the board folder that <c>Boards:Directory</c> names. An absolute path is taken as it is. A
/// relative one (the default <c>deploy/boards</c>) is looked for in the content root and then in each
/// folder above it and above the app's own folder, so the same setting finds the repository's
/// folder from <c>dotnet run</c>, from the build output (<c>src/OpsConsole.Web/bin/…</c>) and from the
/// local stack's publish folder (<c>.data/app/web</c>): the files an operator edits are the ones
/// watched, so an edit shows without a rebuild.
/// </summary>
public static class BoardDirectory
{
    public static string Resolve(string configured, string contentRoot, string appDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { contentRoot, appDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        // Nowhere: report it where the operator would expect it (the catalog logs the missing folder).
        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}
