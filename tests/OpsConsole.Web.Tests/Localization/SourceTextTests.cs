using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>UI text lives in Resources/*.resx: Chinese written into code or markup is text that the other language lacks.</summary>
public sealed partial class SourceTextTests
{
    // Language names are written in their own language on purpose (the switch shows 中文 to an English reader).
    private static readonly string[] Allowed = ["Localization/UiCultures.cs"];

    [Fact]
    public void No_component_or_code_file_of_the_web_app_holds_Chinese_text()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "OpsConsole.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(web, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Where(path => !Allowed.Contains(path, StringComparer.Ordinal))
            .SelectMany(path => File.ReadLines(Path.Combine(web, path))
                .Select((line, index) => (line, index))
                .Where(l => Han().IsMatch(l.line))
                .Select(l => $"{path}:{l.index + 1}: {l.line.Trim()}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Move these into Resources/*.resx (both languages):\n" + string.Join('\n', offenders));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        // The test's own source path: the build may put binaries anywhere (--artifacts-path).
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsConsole.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException($"No OpsConsole.sln above {here}.");
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
