namespace OpsConsole.Web.Slo;

/// <summary>How the SLO page refreshes; bound from section <c>Slo</c> beside the catalog's <c>Directory</c> and <c>Debounce</c>.</summary>
public sealed class SloOptions
{
    /// <summary>How often the SLO series are read. The rules evaluate every few seconds; budgets move over days.</summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the source keeps polling after its last viewer left (going from the list to a detail and back).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromSeconds(30);
}
