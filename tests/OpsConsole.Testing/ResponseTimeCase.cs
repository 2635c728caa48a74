namespace OpsConsole.Testing;

/// <summary>
/// The hand-computed response-time case, as recorded history (state strings as the store keeps them). Core's
/// tracker tests and the store tests on SQLite and PostgreSQL read the same rows and check the same hand-worked
/// numbers (written out beside each expectation there). Window: two UTC weeks, [Mon 2026-11-02, Mon 2026-11-16).
/// </summary>
public static class ResponseTimeCase
{
    public static readonly DateTimeOffset From = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset To = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    public const string Webhook = "WebhookLatencyHigh";
    public const string Robot = "RobotRegistrationFailing";
    public const string Redis = "RedisMemoryHigh";

    /// <summary>Oldest first. The comment on each row says what it is for.</summary>
    public static IReadOnlyList<Change> Changes { get; } =
    [
        // fp-c fired before the window and resolves inside it: not an incident of the window.
        new("fp-c", Robot, "robot-data-service", "warning", "firing", At(1, 23, 0)),
        new("fp-c", Robot, "robot-data-service", "warning", "resolved", At(2, 0, 30)),
        // fp-d fires exactly at From (inclusive), acked after 3 min, never resolved (open: no MTTR).
        new("fp-d", Robot, "robot-data-service", "warning", "firing", At(2, 0, 0)),
        new("fp-d", Robot, "robot-data-service", "warning", "acknowledged", At(2, 0, 3), "dora"),
        // fp-a week 1: ack 5 min, resolve 30 min; noise states in between count for nothing.
        new("fp-a", Webhook, "webhook-service", "critical", "pending", At(2, 9, 59)),
        new("fp-a", Webhook, "webhook-service", "critical", "firing", At(2, 10, 0)),
        new("fp-a", Webhook, "webhook-service", "critical", "acknowledged", At(2, 10, 5), "alice"),
        new("fp-a", Webhook, "webhook-service", "critical", "silenced", At(2, 10, 5), "alice"),
        new("fp-a", Webhook, "webhook-service", "critical", "resolved", At(2, 10, 30)),
        // fp-a re-fires the next day: a new incident. The repeated "firing" 2 min later is the same incident;
        // the second ack is not the first. Ack 10 min, resolve 60 min.
        new("fp-a", Webhook, "webhook-service", "critical", "firing", At(3, 12, 0)),
        new("fp-a", Webhook, "webhook-service", "critical", "firing", At(3, 12, 2)),
        new("fp-a", Webhook, "webhook-service", "critical", "acknowledged", At(3, 12, 10), "bob"),
        new("fp-a", Webhook, "webhook-service", "critical", "unacknowledged", At(3, 12, 15), "bob"),
        new("fp-a", Webhook, "webhook-service", "critical", "acknowledged", At(3, 12, 20), "bob"),
        new("fp-a", Webhook, "webhook-service", "critical", "resolved", At(3, 13, 0)),
        // fp-b: an ack before it ever fired and one after it resolved belong to no incident. Resolve 45 min, no MTTA.
        new("fp-b", Webhook, "webhook-service", "critical", "acknowledged", At(4, 8, 0), "carol"),
        new("fp-b", Webhook, "webhook-service", "critical", "firing", At(4, 9, 0)),
        new("fp-b", Webhook, "webhook-service", "critical", "resolved", At(4, 9, 45)),
        new("fp-b", Webhook, "webhook-service", "critical", "acknowledged", At(4, 9, 50), "carol"),
        // Week 2. fp-a: ack 2 min, resolve 9 min.
        new("fp-a", Webhook, "webhook-service", "critical", "firing", At(10, 10, 0)),
        new("fp-a", Webhook, "webhook-service", "critical", "acknowledged", At(10, 10, 2), "alice"),
        new("fp-a", Webhook, "webhook-service", "critical", "resolved", At(10, 10, 9)),
        // fp-f: another service, the only week it fired: no trend. Resolve 20 min, never acked.
        new("fp-f", Redis, "redis", "warning", "firing", At(12, 8, 0)),
        new("fp-f", Redis, "redis", "warning", "resolved", At(12, 8, 20)),
        // fp-b fires 10 min before To and is acked (20 min) and resolved (40 min) after it: still the window's.
        new("fp-b", Webhook, "webhook-service", "critical", "firing", At(15, 23, 50)),
        // fp-e fires exactly at To (exclusive): not the window's.
        new("fp-e", Robot, "robot-data-service", "warning", "firing", At(16, 0, 0)),
        new("fp-b", Webhook, "webhook-service", "critical", "acknowledged", At(16, 0, 10), "alice"),
        new("fp-b", Webhook, "webhook-service", "critical", "resolved", At(16, 0, 30)),
        new("fp-e", Robot, "robot-data-service", "warning", "resolved", At(16, 0, 40)),
    ];

    private static DateTimeOffset At(int day, int hour, int minute) =>
        new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public sealed record Change(string Fingerprint, string AlertName, string Service, string Severity, string State, DateTimeOffset At, string? By = null)
    {
        public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
        {
            ["alertname"] = AlertName,
            ["service"] = Service,
            ["severity"] = Severity,
        };
    }
}
