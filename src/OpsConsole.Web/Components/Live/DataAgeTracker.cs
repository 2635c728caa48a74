namespace OpsConsole.Web.Components.Live;

/// <summary>
/// Collects when each live panel of a board last got data, so a header can say how old the board's data is: the
/// oldest panel counts (one panel stuck is what a wall must show). Panels report on their renderer's dispatcher.
/// </summary>
public sealed class DataAgeTracker
{
    private readonly Dictionary<object, DateTimeOffset?> _panels = [];
    private readonly Lock _lock = new();

    /// <summary>Raised when a panel reported; the header re-renders.</summary>
    public event Action? Changed;

    /// <summary>How many panels have not shown any data yet.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _panels.Values.Count(v => v is null);
            }
        }
    }

    /// <summary>The fetch time of the panel whose data is oldest; null before every panel has data.</summary>
    public DateTimeOffset? Oldest
    {
        get
        {
            lock (_lock)
            {
                return _panels.Count == 0 || _panels.Values.Any(v => v is null) ? null : _panels.Values.Min();
            }
        }
    }

    public void Report(object panel, DateTimeOffset? updatedAt)
    {
        lock (_lock)
        {
            _panels[panel] = updatedAt;
        }
        Changed?.Invoke();
    }

    public void Forget(object panel)
    {
        lock (_lock)
        {
            _panels.Remove(panel);
        }
    }
}
