using OpsConsole.Testing;
using System.Collections.Concurrent;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Tests.Feeds;
using static OpsConsole.Core.Tests.Alerts.AlertBuilders;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertSubscriptionTests
{
    [Fact]
    public async Task A_subscriber_gets_the_snapshot_then_every_later_event_in_order()
    {
        var harness = new StreamHarness();
        harness.Stream.ApplyWebhook(Notification(Firing("A", T0)));
        var received = new ConcurrentQueue<AlertStreamEvent>();
        await using var subscription = harness.Stream.Subscribe((e, _) =>
        {
            received.Enqueue(e);
            return ValueTask.CompletedTask;
        });

        harness.Stream.ApplyWebhook(Notification(Firing("B", T0)));
        harness.Stream.ApplyWebhook(Notification(Resolved("A", T0, T0.AddMinutes(1))));
        await Eventually.Until(() => received.Count == 2, Eventually.InProcessDeadline, "both later events");

        Assert.Equal(1, subscription.Snapshot.Sequence);
        Assert.Equal(Fingerprint("A"), Assert.Single(subscription.Snapshot.Alerts).Fingerprint);
        Assert.Equal([2L, 3], received.Select(e => e.Sequence));
        Assert.Equal([AlertChange.Fired, AlertChange.Resolved], received.Select(e => e.Change));
    }

    [Fact]
    public async Task Snapshot_and_events_stay_consistent_while_writers_and_subscribers_race()
    {
        var harness = new StreamHarness();
        var copies = new ConcurrentBag<Copy>();
        var subscriptions = new ConcurrentBag<AlertSubscription>();
        using var start = new Barrier(6);

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 300; i++)
            {
                var name = $"W{writer}-{i % 7}";
                var startsAt = T0.AddMinutes(i / 7);
                harness.Stream.ApplyWebhook(Notification(i % 3 == 2 ? Resolved(name, startsAt, startsAt.AddSeconds(30)) : Firing(name, startsAt)));
                if (i % 50 == 0)
                {
                    harness.Stream.ApplySilences([ActiveSilence($"s{i}", name)]);
                }
            }
        })).ToList();
        var subscribers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 20; i++)
            {
                var copy = new Copy();
                var subscription = harness.Stream.Subscribe(copy.Receive);
                copy.Start(subscription.Snapshot);
                copies.Add(copy);
                subscriptions.Add(subscription);
                Thread.Yield();
            }
        })).ToList();

        await Task.WhenAll(writers.Concat(subscribers));
        var final = harness.Stream.Current;
        await Eventually.Until(() => copies.All(c => c.Sequence == final.Sequence), Eventually.InProcessDeadline, "every copy at the final sequence");

        Assert.All(copies, copy =>
        {
            Assert.Null(copy.Error);
            Assert.Equal(Describe(final), Describe(copy.Snapshot));
        });
        foreach (var subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }
        Assert.Equal(0, harness.Stream.SubscriberCount);
    }

    [Fact]
    public async Task A_subscriber_that_throws_keeps_receiving()
    {
        var harness = new StreamHarness();
        var received = new ConcurrentQueue<long>();
        await using var subscription = harness.Stream.Subscribe((e, _) =>
        {
            received.Enqueue(e.Sequence);
            return e.Sequence == 1 ? throw new InvalidOperationException("broken component") : ValueTask.CompletedTask;
        });

        harness.Stream.ApplyWebhook(Notification(Firing("A", T0), Firing("B", T0)));

        await Eventually.Until(() => received.Count == 2, Eventually.InProcessDeadline, "both events despite the throwing first");
    }

    [Fact]
    public async Task A_subscriber_that_falls_too_far_behind_is_dropped_and_told_so()
    {
        var harness = new StreamHarness(new AlertStreamOptions { MaxQueuedEvents = 3 });
        var release = new TaskCompletionSource();
        await using var subscription = harness.Stream.Subscribe(async (_, _) => await release.Task);

        for (var i = 0; i < 6; i++)
        {
            harness.Stream.ApplyWebhook(Notification(Firing($"A{i}", T0)));
        }
        release.SetResult();

        await Assert.ThrowsAsync<AlertSubscriptionOverflowException>(() => subscription.Completion.WaitAsync(Eventually.InProcessDeadline));
        Assert.Equal(0, harness.Stream.SubscriberCount);
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_more_and_completes()
    {
        var harness = new StreamHarness();
        var received = 0;
        var subscription = harness.Stream.Subscribe((_, _) =>
        {
            Interlocked.Increment(ref received);
            return ValueTask.CompletedTask;
        });

        await subscription.DisposeAsync();
        harness.Stream.ApplyWebhook(Notification(Firing("A", T0)));

        await subscription.Completion.WaitAsync(Eventually.InProcessDeadline);
        Assert.Equal(0, Volatile.Read(ref received));
        Assert.Equal(0, harness.Stream.SubscriberCount);
    }

    private static string Describe(AlertSnapshot snapshot) =>
        string.Join("\n", snapshot.Alerts.Select(a => $"{a.Fingerprint} {a.Phase} {a.StartsAt:O} [{string.Join(",", a.SilencedBy)}]"));

    /// <summary>What a component does: keep a copy of the snapshot and fold each event into it.</summary>
    private sealed class Copy
    {
        private readonly Lock _gate = new();
        private readonly List<AlertStreamEvent> _early = [];
        private AlertSnapshot? _snapshot;

        public AlertSnapshot Snapshot
        {
            get
            {
                lock (_gate)
                {
                    return _snapshot ?? AlertSnapshot.Empty;
                }
            }
        }

        public long Sequence => Snapshot.Sequence;

        public Exception? Error { get; private set; }

        public void Start(AlertSnapshot snapshot)
        {
            lock (_gate)
            {
                _snapshot = snapshot;
                foreach (var change in _early)
                {
                    Fold(change);
                }
            }
        }

        public ValueTask Receive(AlertStreamEvent change, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_snapshot is null)
                {
                    _early.Add(change);
                }
                else
                {
                    Fold(change);
                }
            }
            return ValueTask.CompletedTask;
        }

        private void Fold(AlertStreamEvent change)
        {
            try
            {
                if (change.Sequence <= _snapshot!.Sequence)
                {
                    throw new InvalidOperationException($"Event {change.Sequence} is already in the snapshot at {_snapshot.Sequence}: delivered twice.");
                }
                _snapshot = _snapshot.Apply(change);
            }
            catch (InvalidOperationException ex)
            {
                Error ??= ex;
            }
        }
    }
}
