using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class PanelFeedMetricsTests
{
    private static readonly PanelRequest HourOfUp = new("up", TimeSpan.FromHours(1), 800);

    [Fact]
    public async Task The_feed_counts_queries_cache_hits_coalesced_waits_and_subscribers()
    {
        await using var fixture = new FeedFixture();
        using var recorded = new RecordedMeasurements(fixture.Metrics.Meter);
        fixture.Source.Hold();
        var viewers = Enumerable.Range(0, 3).Select(_ => new FrameRecorder()).ToList();

        var subscriptions = viewers.Select(viewer => fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame)).ToList();
        await fixture.Source.WaitForRangeCallsAsync(1);
        fixture.Source.Release();
        await Task.WhenAll(viewers.Select(viewer => viewer.WaitForAsync(_ => true)));
        var late = new FrameRecorder();
        await using var lateSubscription = fixture.Feed.Subscribe(HourOfUp, late.OnFrame);
        await late.WaitForAsync(_ => true);

        Assert.Equal(1, recorded.Sum("opsconsole.panelfeed.queries"));
        Assert.Equal(2, recorded.Sum("opsconsole.panelfeed.coalesced_waits"));
        Assert.Equal(1, recorded.Sum("opsconsole.panelfeed.cache_hits"));
        Assert.Equal(1, recorded.Count("opsconsole.panelfeed.query.duration"));
        Assert.Equal(4, recorded.Observe("opsconsole.panelfeed.subscribers"));
        Assert.Equal(1, recorded.Observe("opsconsole.panelfeed.active_keys"));

        foreach (var subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }

        Assert.Equal(1, recorded.Observe("opsconsole.panelfeed.subscribers"));
    }

    private sealed class RecordedMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Name, double Value)> _measurements = new();

        public RecordedMeasurements(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _measurements.Enqueue((instrument.Name, value)));
            _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => _measurements.Enqueue((instrument.Name, value)));
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => _measurements.Enqueue((instrument.Name, value)));
            _listener.Start();
        }

        public double Sum(string name) => _measurements.Where(m => m.Name == name).Sum(m => m.Value);

        public int Count(string name) => _measurements.Count(m => m.Name == name);

        /// <summary>The value an observable gauge reports now.</summary>
        public double Observe(string name)
        {
            var before = _measurements.Count;
            _listener.RecordObservableInstruments();
            return _measurements.Skip(before).Last(m => m.Name == name).Value;
        }

        public void Dispose() => _listener.Dispose();
    }
}
