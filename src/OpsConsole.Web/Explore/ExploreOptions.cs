namespace OpsConsole.Web.Explore;

/// <summary>The "Explore" section: how completion and queries are bounded.</summary>
public sealed class ExploreOptions
{
    public const string SectionName = "Explore";

    /// <summary>How long metric names, metadata, label names and values stay cached in the console.</summary>
    public TimeSpan CompletionCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time bound of every label lookup (start = now minus this): only series seen lately count.</summary>
    public TimeSpan CompletionLookback { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most completions one answer carries (the server ranks and cuts; the browser asks again as the user types).</summary>
    public int MaxCompletions { get; set; } = 200;

    /// <summary>Most series drawn on the graph (all queries together).</summary>
    public int MaxGraphSeries { get; set; } = 200;

    /// <summary>Most rows of the table.</summary>
    public int MaxTableRows { get; set; } = 1000;
}
