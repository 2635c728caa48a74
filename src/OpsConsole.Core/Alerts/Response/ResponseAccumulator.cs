namespace OpsConsole.Core.Alerts.Response;

/// <summary>Counts and time sums of incidents, added one at a time (one pass, no lists), read as a <see cref="ResponseSummary"/>.</summary>
internal sealed class ResponseAccumulator
{
    private int _incidents;
    private int _acknowledged;
    private int _resolved;
    private long _ackTicks;
    private long _resolveTicks;

    public void Add(Incident incident)
    {
        _incidents++;
        if (incident.TimeToAcknowledge is { } ack)
        {
            _acknowledged++;
            _ackTicks += ack.Ticks;
        }
        if (incident.TimeToResolve is { } resolve)
        {
            _resolved++;
            _resolveTicks += resolve.Ticks;
        }
    }

    public ResponseSummary Summary() => new()
    {
        Incidents = _incidents,
        Acknowledged = _acknowledged,
        Resolved = _resolved,
        MeanTimeToAcknowledge = _acknowledged == 0 ? null : TimeSpan.FromTicks(_ackTicks / _acknowledged),
        MeanTimeToResolve = _resolved == 0 ? null : TimeSpan.FromTicks(_resolveTicks / _resolved),
    };
}
