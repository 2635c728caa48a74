using OpsConsole.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Reconcile;
using static OpsConsole.Core.Tests.Alerts.AlertBuilders;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class AlertReconcilerTests
{
    private readonly StreamHarness _harness = new();
    private readonly ScriptedSource _source = new();

    [Fact]
    public async Task One_pass_applies_what_the_source_reads()
    {
        _source.Next = Source(alerts: [InAlertmanager("A", T0)], silences: [ActiveSilence("s1", "A")]);
        var reconciler = new AlertReconciler(_source, _harness.Stream, _harness.Time, NullLogger<AlertReconciler>.Instance);

        var result = await reconciler.RunOnceAsync(CancellationToken.None);

        var fired = Assert.Single(result.Events);
        Assert.Equal(AlertChange.Fired, fired.Change);
        Assert.True(fired.Alert.IsSilenced);
    }

    [Fact]
    public async Task A_notification_during_the_read_survives_the_pass()
    {
        var reconciler = new AlertReconciler(_source, _harness.Stream, _harness.Time, NullLogger<AlertReconciler>.Instance);
        _source.Next = Source();
        _source.DuringRead = () => _harness.Stream.ApplyWebhook(Notification(Firing("A", T0)));

        var result = await reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Empty(result.Events);
        Assert.Single(_harness.Stream.Current.Alerts);
    }

    [Fact]
    public async Task The_service_reconciles_at_start_and_every_interval_and_outlives_failures()
    {
        var reconciler = new AlertReconciler(_source, _harness.Stream, _harness.Time, NullLogger<AlertReconciler>.Instance);
        using var service = new AlertReconcileService(
            reconciler, new AlertReconcileOptions { ReconcileInterval = TimeSpan.FromSeconds(10) }, _harness.Time,
            NullLogger<AlertReconcileService>.Instance);
        _source.Fail = true;

        await service.StartAsync(CancellationToken.None);
        await Eventually.Until(() => _source.Reads == 1, Eventually.InProcessDeadline, "the first (failing) read at start");
        _source.Fail = false;
        _source.Next = Source(alerts: [InAlertmanager("A", T0)]);
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        await Eventually.Until(() => _harness.Stream.Current.Count == 1, Eventually.InProcessDeadline, "the alert read after one interval");
        _source.Next = Source();
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        await Eventually.Until(() => _harness.Stream.Current.Count == 0, Eventually.InProcessDeadline, "the alert gone after the next interval");
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(3, _source.Reads);
    }

    private sealed class ScriptedSource : IAlertSource
    {
        private int _reads;

        public AlertSourceSnapshot Next { get; set; } = Source();

        public Action? DuringRead { get; set; }

        public bool Fail { get; set; }

        public int Reads => Volatile.Read(ref _reads);

        public Task<AlertSourceSnapshot> FetchAsync(CancellationToken cancellationToken)
        {
            DuringRead?.Invoke();
            Interlocked.Increment(ref _reads);
            return Fail ? Task.FromException<AlertSourceSnapshot>(new InvalidOperationException("Alertmanager down")) : Task.FromResult(Next);
        }
    }
}
