namespace OpsConsole.Core.Feeds;

/// <summary>
/// The last good frame of keys that nobody watches any more, for <see cref="PanelFeedOptions.LastFrameMemory"/>, at most
/// <see cref="PanelFeedOptions.RememberedKeys"/> of them. Called under the feed's lock.
/// </summary>
internal sealed class RememberedFrames(TimeSpan memory, int capacity, TimeProvider time)
{
    private readonly Dictionary<FeedKey, (SharedFrame Frame, DateTimeOffset LeftAt)> _frames = [];

    public int Count => _frames.Count;

    public void Keep(FeedKey key, SharedFrame? frame)
    {
        if (frame is null || capacity == 0 || memory == TimeSpan.Zero)
        {
            return;
        }
        var now = time.GetUtcNow();
        _frames[key] = (frame, now);
        foreach (var expired in _frames.Where(f => now - f.Value.LeftAt > memory).Select(f => f.Key).ToList())
        {
            _frames.Remove(expired);
        }
        if (_frames.Count > capacity)
        {
            foreach (var oldest in _frames.OrderBy(f => f.Value.LeftAt).Take(_frames.Count - capacity).Select(f => f.Key).ToList())
            {
                _frames.Remove(oldest);
            }
        }
    }

    /// <summary>The frame remembered for <paramref name="key"/> (forgotten here: the key is watched again), or null.</summary>
    public SharedFrame? Take(FeedKey key)
    {
        if (!_frames.Remove(key, out var kept))
        {
            return null;
        }
        return time.GetUtcNow() - kept.LeftAt <= memory ? kept.Frame : null;
    }
}
