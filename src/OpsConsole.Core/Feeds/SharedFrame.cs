namespace OpsConsole.Core.Feeds;

/// <summary>
/// A full-resolution frame as the key produced it, before thinning for a viewer.
/// <paramref name="Version"/> orders frames of one key so a late answer never overwrites a newer one;
/// <paramref name="Requested"/> is the window that was asked for (a stale frame shows an older one).
/// </summary>
internal sealed record SharedFrame(long Version, FeedWindow Requested, PanelFrame Frame);
