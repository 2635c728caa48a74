using OpsConsole.Core.Boards;
using OpsConsole.Core.Capacity;

namespace OpsConsole.Core.Slo;

/// <summary>
/// The rule files generated from the definition files of a repository: <c>deploy/slo/*.yaml</c> into
/// <see cref="SloRuleGenerator.RecordingFile"/> and <see cref="SloRuleGenerator.AlertsFile"/>,
/// <c>deploy/capacity/*.yaml</c> into <see cref="CapacityRuleGenerator.AlertsFile"/>.
/// </summary>
public sealed record GeneratedRules(IReadOnlyDictionary<string, string> Files, IReadOnlyList<BoardFileError> Errors)
{
    public static async Task<GeneratedRules> FromAsync(string sloDirectory, string capacityDirectory, CancellationToken cancellationToken)
    {
        var slos = await SloFileLoader.LoadDirectoryAsync(sloDirectory, cancellationToken).ConfigureAwait(false);
        var capacity = await CapacityFileLoader.LoadDirectoryAsync(capacityDirectory, cancellationToken).ConfigureAwait(false);
        var errors = slos.SelectMany(s => s.Errors).Concat(capacity.SelectMany(c => c.Errors)).ToList();
        if (errors.Count > 0)
        {
            return new GeneratedRules(new Dictionary<string, string>(), errors);
        }
        var definitions = slos.Select(s => s.Slo!).ToList();
        var triggers = capacity.SelectMany(c => c.Triggers).ToList();
        var duplicate = triggers.GroupBy(t => t.Alert, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return new GeneratedRules(new Dictionary<string, string>(),
                [new BoardFileError("capacity", 1, 1, "alert", $"alert {duplicate.Key} is defined by more than one trigger", "give every trigger its own alert name")]);
        }
        return new GeneratedRules(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SloRuleGenerator.RecordingFile] = SloRuleGenerator.Recording(definitions),
            [SloRuleGenerator.AlertsFile] = SloRuleGenerator.Alerts(definitions),
            [CapacityRuleGenerator.AlertsFile] = CapacityRuleGenerator.Alerts(triggers),
        }, []);
    }

    /// <summary>The generated files whose committed copy in <paramref name="rulesDirectory"/> differs (or is missing).</summary>
    public IReadOnlyList<string> Stale(string rulesDirectory) =>
        [.. Files.Where(f => !File.Exists(Path.Combine(rulesDirectory, f.Key)) || File.ReadAllText(Path.Combine(rulesDirectory, f.Key)) != f.Value)
            .Select(f => f.Key).Order(StringComparer.Ordinal)];
}
