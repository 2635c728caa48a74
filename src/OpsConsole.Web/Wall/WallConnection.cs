namespace OpsConsole.Web.Wall;

/// <summary>
/// One open wall page (a circuit): which screen it is, what it shows, when it was last heard from and what its browser
/// reports. Created by <see cref="WallScreens.Connect"/>; disposing it (the page closed) removes it.
/// </summary>
public sealed class WallConnection : IDisposable
{
    private readonly WallScreens _owner;
    private volatile string? _board;
    private long _lastSeenTicks;

    internal WallConnection(WallScreens owner, string screenId, string playlistId, string viewer, DateTimeOffset now)
    {
        _owner = owner;
        Id = Guid.NewGuid().ToString("N");
        ScreenId = screenId;
        PlaylistId = playlistId;
        Viewer = viewer;
        ConnectedAt = now;
        _lastSeenTicks = now.UtcTicks;
    }

    /// <summary>Random, unguessable: the page's heartbeat names it.</summary>
    public string Id { get; }

    public string ScreenId { get; }

    public string PlaylistId { get; }

    /// <summary>Who opened it (<c>kiosk:noc</c>, or a user previewing the screen).</summary>
    public string Viewer { get; }

    public DateTimeOffset ConnectedAt { get; }

    public string? CurrentBoard => _board;

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    /// <summary>The browser's JS heap in bytes, where the browser reports it (Chromium does).</summary>
    public long? HeapBytes { get; private set; }

    public int? DomNodes { get; private set; }

    /// <summary>Raised on the registry caller's thread when an admin pushes a command; the page hands it to its renderer.</summary>
    public event Action<WallCommand>? Commanded;

    public void Dispose() => _owner.Remove(this);

    internal void ShowBoard(string boardId, DateTimeOffset now)
    {
        _board = boardId;
        Seen(now);
    }

    internal void Report(long? heapBytes, int? domNodes, DateTimeOffset now)
    {
        HeapBytes = heapBytes;
        DomNodes = domNodes;
        Seen(now);
    }

    internal void Seen(DateTimeOffset now) => Interlocked.Exchange(ref _lastSeenTicks, now.UtcTicks);

    internal void Push(WallCommand command) => Commanded?.Invoke(command);
}
