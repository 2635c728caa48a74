using OpsConsole.Prometheus.Model;

namespace OpsConsole.Web.Investigate.Targets;

/// <summary>
/// The targets page's filter, kept in the URL (<c>?health=down&amp;q=kafka</c>) so it survives live updates, reloads
/// and links. Text matches the endpoint, the pool and any label or discovered label (name or value), ignoring case.
/// </summary>
public sealed record TargetFilter(TargetHealthChoice Health, string Text)
{
    public const string HealthParameter = "health";
    public const string TextParameter = "q";

    public static TargetFilter None { get; } = new(TargetHealthChoice.Any, string.Empty);

    public static TargetFilter FromQuery(string? health, string? text) =>
        new(Enum.TryParse<TargetHealthChoice>(health, ignoreCase: true, out var choice) && Enum.IsDefined(choice) ? choice : TargetHealthChoice.Any,
            text?.Trim() ?? string.Empty);

    public bool Matches(TargetView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var target = view.Target;
        var healthMatches = Health switch
        {
            TargetHealthChoice.Up => target.Health == TargetHealth.Up,
            TargetHealthChoice.Down => target.Health == TargetHealth.Down,
            TargetHealthChoice.Unknown => target.Health != TargetHealth.Up && target.Health != TargetHealth.Down,
            _ => true,
        };
        return healthMatches && (Text.Length == 0
            || Contains(target.ScrapeUrl) || Contains(target.ScrapePool) || Contains(target.LastError)
            || target.Labels.Values.Concat(target.DiscoveredLabels.Values).Any(l => Contains(l.Key) || Contains(l.Value)));
    }

    /// <summary>The pools with only their matching targets; a pool left empty by the filter is dropped, an empty pool is kept when nothing filters.</summary>
    public IReadOnlyList<ScrapePoolView> Apply(IReadOnlyList<ScrapePoolView> pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        if (this == None)
        {
            return pools;
        }

        return [.. pools.Select(p => p with { Targets = [.. p.Targets.Where(Matches)] }).Where(p => p.Targets.Count > 0)];
    }

    private bool Contains(string value) => value.Contains(Text, StringComparison.OrdinalIgnoreCase);
}

public enum TargetHealthChoice
{
    Any,
    Up,
    Down,
    Unknown,
}
