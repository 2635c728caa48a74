using System.Text.RegularExpressions;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>The board files shipped in deploy/boards, read the way an operator sees them: one id per file.</summary>
internal static partial class BoardFiles
{
    public static string Folder => RepositoryPaths.Combine("deploy", "boards");

    /// <summary>The id of every shipped board (its top-level <c>id:</c>), by file name.</summary>
    public static IReadOnlyList<string> Ids() =>
        [.. Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(file => IdLine().Match(File.ReadAllText(file)))
            .Where(match => match.Success)
            .Select(match => match.Groups["id"].Value)];

    [GeneratedRegex(@"^id:\s*(?<id>[a-z0-9-]+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IdLine();
}
