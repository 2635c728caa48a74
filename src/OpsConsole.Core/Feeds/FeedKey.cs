namespace OpsConsole.Core.Feeds;

/// <summary>
/// What makes two panel requests the same work: every viewer whose request maps to an equal key
/// shares one query per refresh tick. <paramref name="Range"/> is <see cref="TimeSpan.Zero"/> for an
/// instant query, whose <paramref name="Step"/> is then its refresh granularity.
/// </summary>
/// <param name="Expression">The PromQL expression after variable substitution.</param>
public sealed record FeedKey(string BackendId, string Expression, TimeSpan Range, TimeSpan Step)
{
    public bool IsInstant => Range == TimeSpan.Zero;

    /// <summary>
    /// The refresh period the viewers asked for, already a whole multiple of <see cref="Step"/>; null
    /// follows the step (see <see cref="PanelFeedOptions.MinRefreshInterval"/>);
    /// <see cref="Timeout.InfiniteTimeSpan"/> never refreshes (one frame).
    /// </summary>
    public TimeSpan? Refresh { get; init; }

    /// <summary>A fixed window end (an absolute time range): never refreshed; null ends at now.</summary>
    public DateTimeOffset? End { get; init; }
}
