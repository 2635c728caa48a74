using System.Runtime.CompilerServices;

namespace OpsConsole.Core.Tests.Boards;

/// <summary>Folders of this repository, found from this source file (the build output may live anywhere).</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Boards => Path.Combine(Root, "deploy", "boards");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsConsole.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException($"no OpsConsole.sln above {sourceFile}");
    }
}
