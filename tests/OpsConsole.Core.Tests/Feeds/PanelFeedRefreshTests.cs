using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class PanelFeedRefreshTests
{
    private static readonly PanelRequest HourOfUp = new("up", TimeSpan.FromHours(1), 800);
    private static readonly DateTimeOffset FirstWindowEnd = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_requested_refresh_interval_sets_the_tick_rounded_up_to_the_step()
    {
        await using var fixture = new FeedFixture();
        var viewer = new FrameRecorder();
        await using var subscription = fixture.Feed.Subscribe(HourOfUp with { Refresh = TimeSpan.FromSeconds(20) }, viewer.OnFrame);
        await viewer.WaitForWindowEndingAsync(FirstWindowEnd);

        Assert.Equal(TimeSpan.FromSeconds(30), subscription.Key.Refresh);
        fixture.Time.Advance(TimeSpan.FromSeconds(13));
        fixture.Time.Advance(TimeSpan.FromSeconds(15));
        await viewer.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(30));

        // No query for the window ending at +15 s: the 15 s step did not drive the tick.
        Assert.Equal([FirstWindowEnd, FirstWindowEnd.AddSeconds(30)], fixture.Source.RangeQueries.Select(query => query.End));
    }

    [Fact]
    public async Task Viewers_whose_refresh_lands_on_the_same_period_share_one_query()
    {
        await using var fixture = new FeedFixture();
        var fiveSeconds = new FrameRecorder();
        var tenSeconds = new FrameRecorder();
        await using var first = fixture.Feed.Subscribe(HourOfUp with { Refresh = TimeSpan.FromSeconds(5) }, fiveSeconds.OnFrame);
        await using var second = fixture.Feed.Subscribe(HourOfUp with { Refresh = TimeSpan.FromSeconds(10) }, tenSeconds.OnFrame);

        await fiveSeconds.WaitForWindowEndingAsync(FirstWindowEnd);
        await tenSeconds.WaitForWindowEndingAsync(FirstWindowEnd);

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(1, fixture.Source.RangeCalls);
    }

    [Fact]
    public async Task Refresh_off_delivers_one_frame_and_never_queries_again()
    {
        await using var fixture = new FeedFixture();
        var viewer = new FrameRecorder();
        await using var subscription = fixture.Feed.Subscribe(HourOfUp with { Refresh = PanelRequest.RefreshOff }, viewer.OnFrame);
        await viewer.WaitForWindowEndingAsync(FirstWindowEnd);

        for (var tick = 0; tick < 5; tick++)
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal(1, fixture.Source.RangeCalls);
        Assert.Single(viewer.Frames);
    }

    [Fact]
    public async Task A_fixed_end_queries_that_window_once_whatever_the_clock_says()
    {
        await using var fixture = new FeedFixture();
        var end = new DateTimeOffset(2025, 5, 30, 8, 0, 7, TimeSpan.Zero);
        var viewer = new FrameRecorder();
        await using var subscription = fixture.Feed.Subscribe(HourOfUp with { End = end }, viewer.OnFrame);

        var frame = await viewer.WaitForAsync(_ => true);
        fixture.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(new FeedWindow(end.AddSeconds(-7).AddHours(-1), end.AddSeconds(-7)), frame.Window);
        Assert.Equal(1, fixture.Source.RangeCalls);
        Assert.Equal(PanelRequest.RefreshOff, subscription.Key.Refresh);
    }

    [Fact]
    public async Task A_viewer_joining_a_window_whose_query_failed_asks_again()
    {
        await using var fixture = new FeedFixture();
        fixture.Source.Failure = new MetricsQueryException(MetricsQueryException.Unreachable, null, "connection refused");
        var failing = new FrameRecorder();
        await using var first = fixture.Feed.Subscribe(HourOfUp, failing.OnFrame);
        await failing.WaitForAsync(frame => frame.Stale);

        fixture.Source.Failure = null;
        var joining = new FrameRecorder();
        await using var second = fixture.Feed.Subscribe(HourOfUp, joining.OnFrame);

        var fresh = await joining.WaitForAsync(frame => !frame.Stale);
        Assert.Equal(FirstWindowEnd, fresh.Window.End);
        Assert.Equal(2, fixture.Source.RangeCalls);
    }

    [Fact]
    public async Task A_timer_firing_a_moment_early_still_refreshes_the_window_that_was_due()
    {
        var fake = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(FeedFixture.Start);
        var source = new FakeMetricsSource();
        using var meters = new TestMeterFactory();
        await using var feed = new PanelFeed(
            new SingleMetricsSourceResolver(source), new PanelFeedOptions(), new EarlyTimers(fake), new PanelFeedMetrics(meters),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PanelFeed>.Instance);
        var viewer = new FrameRecorder();
        await using var subscription = feed.Subscribe(HourOfUp, viewer.OnFrame);
        await viewer.WaitForWindowEndingAsync(FirstWindowEnd);

        // The tick is due at +15 s; its timer fires 1 ms before.
        fake.Advance(TimeSpan.FromSeconds(13) - TimeSpan.FromMilliseconds(1));

        await viewer.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15));
        Assert.Equal(2, source.RangeCalls);
    }

    /// <summary>A clock whose timers fire one millisecond before they are due, as real timers sometimes do against the wall clock.</summary>
    private sealed class EarlyTimers(TimeProvider inner) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime > TimeSpan.FromMilliseconds(1) ? dueTime - TimeSpan.FromMilliseconds(1) : dueTime, period);
    }
}
