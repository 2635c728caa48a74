namespace OpsConsole.Core.Live;

/// <summary>How a <see cref="SharedPoll{TKey, TValue}"/> refreshes.</summary>
public sealed record SharedPollOptions
{
    /// <summary>Every key is fetched once per period, on the clock grid of the period.</summary>
    public required TimeSpan Period { get; init; }

    /// <summary>A fetch still running after this long is abandoned and reported as <see cref="LiveError.Timeout"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a key keeps polling after its last viewer left, so a viewer coming straight back (a page reload, a
    /// wall screen cycling) finds a current value instead of a cold start.
    /// </summary>
    public TimeSpan Linger { get; init; } = TimeSpan.Zero;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Period, TimeSpan.FromMilliseconds(100), nameof(Period));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(Linger, TimeSpan.Zero, nameof(Linger));
    }
}
