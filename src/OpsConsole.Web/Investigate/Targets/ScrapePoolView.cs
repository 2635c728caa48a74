namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// The targets of one scrape pool (a scrape config's job). <see cref="UpCount"/> and <see cref="TotalCount"/> count
/// the whole pool, so a filtered view still reads "2 / 3 up".
/// </summary>
public sealed record ScrapePoolView(string Name, IReadOnlyList<TargetView> Targets, int UpCount, int TotalCount)
{
    public static ScrapePoolView Of(string name, IReadOnlyList<TargetView> targets) =>
        new(name, targets, targets.Count(t => t.Target.Health == Prometheus.Model.TargetHealth.Up), targets.Count);
}
