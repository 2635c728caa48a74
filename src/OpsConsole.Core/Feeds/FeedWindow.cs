namespace OpsConsole.Core.Feeds;

/// <summary>
/// The time window one query covers. Both ends fall on multiples of the step (since the Unix
/// epoch), so viewers asking a few seconds apart get the same window and the points of successive
/// windows fall on the same timestamps. An instant query's window has Start == End.
/// </summary>
public sealed record FeedWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The window of <paramref name="key"/> that contains <paramref name="now"/> (or its fixed end).</summary>
    public static FeedWindow At(FeedKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var end = AlignDown(key.End ?? now, key.Step);
        return new FeedWindow(AlignDown(end - key.Range, key.Step), end);
    }

    internal static DateTimeOffset AlignDown(DateTimeOffset time, TimeSpan step) => Live.ClockGrid.AlignDown(time, step);
}
