using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Slo;

/// <summary>
/// <c>OpsConsole.Web --generate-rules [--check] [--root DIR]</c>: writes the SLO recording rules, the burn-rate alerts
/// and the capacity alerts from <c>deploy/slo</c> and <c>deploy/capacity</c> into <c>deploy/prometheus/rules</c>.
/// With <c>--check</c> nothing is written: exit 1 names the files that differ from what the generator makes.
/// Exit 2: a definition file has errors (each printed with file, line, column, field and a hint).
/// </summary>
public static class RuleGenerationCommand
{
    public const string Switch = "--generate-rules";

    public static int? TryRun(string[] args) => TryRun(args, Console.Out, Console.Error);

    public static int? TryRun(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(Switch, StringComparer.Ordinal))
        {
            return null;
        }
        var check = args.Contains("--check", StringComparer.Ordinal);
        var rootIndex = Array.IndexOf(args, "--root");
        var root = rootIndex >= 0 && rootIndex + 1 < args.Length ? args[rootIndex + 1] : FindRoot(Directory.GetCurrentDirectory());
        if (root is null)
        {
            error.WriteLine("No repository root (a folder with deploy/slo) above the current directory; pass --root DIR.");
            return 2;
        }
        var rules = GeneratedRules.FromAsync(Path.Combine(root, "deploy", "slo"), Path.Combine(root, "deploy", "capacity"), CancellationToken.None)
            .GetAwaiter().GetResult();
        if (rules.Errors.Count > 0)
        {
            foreach (var problem in rules.Errors)
            {
                error.WriteLine(problem.ToString());
            }
            return 2;
        }
        var rulesDirectory = Path.Combine(root, "deploy", "prometheus", "rules");
        var stale = rules.Stale(rulesDirectory);
        if (check)
        {
            foreach (var file in stale)
            {
                error.WriteLine($"deploy/prometheus/rules/{file} differs from the generator's output; run OpsConsole.Web --generate-rules");
            }
            output.WriteLine(stale.Count == 0 ? $"{rules.Files.Count} generated rule files are up to date" : $"{stale.Count} generated rule files are stale");
            return stale.Count == 0 ? 0 : 1;
        }
        foreach (var file in stale)
        {
            File.WriteAllText(Path.Combine(rulesDirectory, file), rules.Files[file]);
            output.WriteLine($"wrote deploy/prometheus/rules/{file}");
        }
        output.WriteLine($"{rules.Files.Count} rule files generated, {stale.Count} changed");
        return 0;
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "deploy", "slo")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
