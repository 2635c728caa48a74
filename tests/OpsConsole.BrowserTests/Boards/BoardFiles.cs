using OpsConsole.Core.Boards;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Boards;

/// <summary>The board files shipped in deploy/boards, read by the console's own loader.</summary>
internal static class BoardFiles
{
    public static string Folder => RepositoryPaths.Combine("deploy", "boards");

    /// <summary>Every board file as the console loads it, in file-name order.</summary>
    public static IReadOnlyList<BoardFileResult> Load() =>
        BoardFileLoader.LoadDirectoryAsync(Folder, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The id of every shipped board.</summary>
    public static IReadOnlyList<string> Ids() => [.. Load().Select(result => result.BoardId)];
}
