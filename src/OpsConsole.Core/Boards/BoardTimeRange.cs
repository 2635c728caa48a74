namespace OpsConsole.Core.Boards;

/// <summary>A board's default time range, relative to now (<c>from: now-1h</c>, <c>to: now</c>).</summary>
public sealed record BoardTimeRange(RelativeTime From, RelativeTime To)
{
    /// <summary>How long the range is.</summary>
    public TimeSpan Length => From.Ago - To.Ago;
}
