namespace OpsConsole.Web.Components.Live;

/// <summary>
/// What a board tells every live panel inside it (a cascading value): how far back to look, where the
/// window ends, how often to refresh, and whether the tab is hidden (no subscriptions then).
/// </summary>
/// <param name="Range">How far back range panels look.</param>
/// <param name="End">A fixed window end (absolute range); null follows now.</param>
/// <param name="Refresh">Requested refresh period; null follows the step; <see cref="Core.Feeds.PanelRequest.RefreshOff"/> for none.</param>
/// <param name="Paused">The page is hidden: panels drop their subscriptions and keep their last frame.</param>
public sealed record LiveContext(TimeSpan Range, DateTimeOffset? End, TimeSpan? Refresh, bool Paused)
{
    /// <summary>Used by a live panel outside any board: the last hour, refreshed with the step.</summary>
    public static LiveContext Default { get; } = new(TimeSpan.FromHours(1), null, null, false);

    /// <summary>Where panels report when their data was fetched (a wall page's "updated 4 s ago"); null when nobody asks.</summary>
    public DataAgeTracker? Age { get; init; }

    /// <summary>Board variables by name with their selected values (Core's BoardQuery.Substitute takes them as they are).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}
