namespace OpsConsole.Web.Investigate;

/// <summary>How the targets and rules pages refresh; bind from configuration section "Investigate".</summary>
public sealed class InvestigateOptions
{
    public const string SectionName = "Investigate";

    /// <summary>How often the target list is fetched; the seed promises a new instance on screen within 30 s.</summary>
    public TimeSpan TargetsRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back the up/down strip of each target reaches, and where "appeared" and "vanished" are looked for.</summary>
    public TimeSpan TargetHistory { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The step of the up/down strip.</summary>
    public TimeSpan TargetHistoryStep { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the rules are fetched.</summary>
    public TimeSpan RulesRefresh { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a source keeps polling after its last viewer left (a reload finds current data).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromSeconds(30);
}
