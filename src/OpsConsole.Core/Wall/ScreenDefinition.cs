namespace OpsConsole.Core.Wall;

/// <summary>
/// A wall screen: the kiosk token it signs in with, the playlist it plays, the language and time zone it
/// shows, and how it shows alerts. Opened at <c>/wall/{Id}</c>.
/// </summary>
public sealed record ScreenDefinition
{
    /// <summary>Unique across playlist files; URL-safe.</summary>
    public required string Id { get; init; }

    /// <summary>The name of the kiosk token (<c>Auth:KioskTokens</c>) this screen signs in with.</summary>
    public required string Kiosk { get; init; }

    public required string PlaylistId { get; init; }

    /// <summary><c>zh-CN</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The IANA zone of the screen's clock, e.g. <c>Asia/Shanghai</c>.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Whether firing alerts run along the bottom of every board.</summary>
    public bool Ticker { get; init; } = true;

    /// <summary>1-based line of the screen in its file, for errors found across files.</summary>
    public int Line { get; init; }

    /// <summary>Whether a new critical alert takes the screen over until it is acknowledged or resolves.</summary>
    public bool Takeover { get; init; } = true;
}
