using System.Collections.Concurrent;

namespace OpsConsole.Web.Wall;

/// <summary>
/// The wall pages open on this console, for the screens page: each registers while it runs, reports what it shows,
/// and receives the commands an admin pushes. In memory on purpose: a screen that reconnects to another console (or
/// after a restart) registers again within one heartbeat.
/// </summary>
public sealed class WallScreens(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, WallConnection> _connections = new(StringComparer.Ordinal);

    /// <summary>Raised after a page connected, changed board, reported or left; handlers must not block.</summary>
    public event Action? Changed;

    public IReadOnlyList<WallConnection> Connections =>
        [.. _connections.Values.OrderBy(c => c.ScreenId, StringComparer.Ordinal).ThenBy(c => c.ConnectedAt)];

    public WallConnection Connect(string screenId, string playlistId, string viewer)
    {
        var connection = new WallConnection(this, screenId, playlistId, viewer, time.GetUtcNow());
        _connections[connection.Id] = connection;
        Changed?.Invoke();
        return connection;
    }

    public WallConnection? Find(string connectionId) => _connections.GetValueOrDefault(connectionId);

    public void ShowBoard(WallConnection connection, string boardId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.ShowBoard(boardId, time.GetUtcNow());
        Changed?.Invoke();
    }

    /// <summary>A heartbeat; false when the connection is unknown (the page outlived a console restart and will reconnect).</summary>
    public bool Report(string connectionId, long? heapBytes, int? domNodes)
    {
        if (Find(connectionId) is not { } connection)
        {
            return false;
        }
        connection.Report(heapBytes, domNodes, time.GetUtcNow());
        Changed?.Invoke();
        return true;
    }

    /// <summary>Pushes <paramref name="command"/> to the page; false when it has gone.</summary>
    public bool Push(string connectionId, WallCommand command)
    {
        if (Find(connectionId) is not { } connection)
        {
            return false;
        }
        connection.Push(command);
        return true;
    }

    internal void Remove(WallConnection connection)
    {
        if (_connections.TryRemove(connection.Id, out _))
        {
            Changed?.Invoke();
        }
    }
}
