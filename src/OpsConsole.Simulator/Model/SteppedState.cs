namespace OpsConsole.Simulator.Model;

/// <summary>
/// State that is integrated over time when read: counters advance by rate x elapsed, so Prometheus's
/// rate() sees the intended rate whatever the scrape interval. Steps are short so rates that depend on
/// the time of day or a scenario are followed closely.
/// </summary>
internal abstract class SteppedState
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromSeconds(15);

    // After a long pause (a suspended laptop) only the last stretch is replayed: enough to look continuous.
    private static readonly TimeSpan MaxReplay = TimeSpan.FromHours(6);

    private DateTimeOffset _last;

    protected SteppedState(DateTimeOffset start) => _last = start;

    protected Lock Gate { get; } = new();

    /// <summary>Integrates up to <paramref name="now"/>; a time at or before the last one changes nothing.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        lock (Gate)
        {
            if (now - _last > MaxReplay)
            {
                _last = now - MaxReplay;
            }

            while (_last < now)
            {
                var step = now - _last < MaxStep ? now - _last : MaxStep;
                Step(_last + (step / 2), step.TotalSeconds);
                _last += step;
            }
        }
    }

    /// <summary>Advances the state by <paramref name="seconds"/>, with rates taken at <paramref name="at"/>.</summary>
    protected abstract void Step(DateTimeOffset at, double seconds);
}
