using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class PanelFeedLifecycleTests
{
    private static readonly PanelRequest HourOfUp = new("up", TimeSpan.FromHours(1), 800);
    private static readonly DateTimeOffset FirstWindowEnd = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task When_the_last_viewer_leaves_no_more_queries_are_sent()
    {
        await using var fixture = new FeedFixture();
        var first = new FrameRecorder();
        var second = new FrameRecorder();
        var firstSubscription = fixture.Feed.Subscribe(HourOfUp, first.OnFrame);
        var secondSubscription = fixture.Feed.Subscribe(HourOfUp, second.OnFrame);
        await first.WaitForWindowEndingAsync(FirstWindowEnd);

        await firstSubscription.DisposeAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(13));
        await second.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15));
        Assert.Equal(2, fixture.Source.RangeCalls);

        await secondSubscription.DisposeAsync();
        for (var tick = 0; tick < 10; tick++)
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal(2, fixture.Source.RangeCalls);
        Assert.Equal(0, fixture.Feed.ActiveKeyCount);
        Assert.Equal(0, fixture.Feed.SubscriberCount);
    }

    [Fact]
    public async Task A_viewer_leaving_does_not_cancel_the_query_others_are_waiting_for()
    {
        await using var fixture = new FeedFixture();
        fixture.Source.Hold();
        var leaving = new FrameRecorder();
        var staying = new FrameRecorder();
        var leavingSubscription = fixture.Feed.Subscribe(HourOfUp, leaving.OnFrame);
        await using var stayingSubscription = fixture.Feed.Subscribe(HourOfUp, staying.OnFrame);
        await fixture.Source.WaitForRangeCallsAsync(1);

        await leavingSubscription.DisposeAsync();
        var queryToken = Assert.Single(fixture.Source.Tokens);
        Assert.False(queryToken.IsCancellationRequested);
        fixture.Source.Release();

        var frame = await staying.WaitForWindowEndingAsync(FirstWindowEnd);
        Assert.False(frame.Stale);
        Assert.Equal(1, fixture.Source.RangeCalls);
        Assert.Empty(leaving.Frames);
    }

    [Fact]
    public async Task When_the_last_viewer_leaves_its_query_in_flight_is_abandoned()
    {
        await using var fixture = new FeedFixture();
        fixture.Source.Hold();
        var viewer = new FrameRecorder();
        var subscription = fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame);
        await fixture.Source.WaitForRangeCallsAsync(1);

        await subscription.DisposeAsync();

        Assert.True(Assert.Single(fixture.Source.Tokens).IsCancellationRequested);
    }

    [Fact]
    public async Task A_failing_query_keeps_the_last_good_series_marked_stale_and_recovery_clears_it()
    {
        await using var fixture = new FeedFixture();
        var viewer = new FrameRecorder();
        await using var subscription = fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame);
        var good = await viewer.WaitForWindowEndingAsync(FirstWindowEnd);

        fixture.Source.Failure = new MetricsQueryException("execution", 422, "query processing would load too many samples");
        fixture.Time.Advance(TimeSpan.FromSeconds(13));
        var stale = await viewer.WaitForAsync(frame => frame.Stale);

        Assert.Same(good.Series, stale.Series);
        Assert.Equal(good.Window, stale.Window);
        Assert.Equal(good.FetchedAt, stale.FetchedAt);
        var error = Assert.IsType<PanelFeedError>(stale.Error);
        Assert.Equal("execution", error.ErrorType);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal("query processing would load too many samples", error.Message);
        Assert.Equal(FirstWindowEnd.AddSeconds(15), error.Since);

        fixture.Time.Advance(TimeSpan.FromSeconds(15));
        var stillStale = await viewer.WaitForAsync(frame => frame.Stale && !ReferenceEquals(frame, stale));
        Assert.Equal(error.Since, stillStale.Error!.Since);

        fixture.Source.Failure = null;
        fixture.Source.Value = 2;
        fixture.Time.Advance(TimeSpan.FromSeconds(15));
        var recovered = await viewer.WaitForAsync(frame => !frame.Stale);

        Assert.Null(recovered.Error);
        Assert.Equal(FirstWindowEnd.AddSeconds(45), recovered.Window.End);
        Assert.All(recovered.Series[0].Points, point => Assert.Equal(2, point.Value));
    }

    [Fact]
    public async Task A_panel_that_never_loaded_gets_an_empty_stale_frame_with_the_error()
    {
        await using var fixture = new FeedFixture();
        fixture.Source.Failure = new MetricsQueryException(MetricsQueryException.Unreachable, null, "connection refused");
        var viewer = new FrameRecorder();

        await using var subscription = fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame);
        var frame = await viewer.WaitForAsync(_ => true);

        Assert.True(frame.Stale);
        Assert.Empty(frame.Series);
        Assert.Null(frame.FetchedAt);
        Assert.Equal(MetricsQueryException.Unreachable, frame.Error!.ErrorType);
    }

    [Fact]
    public async Task A_query_that_outlives_the_timeout_is_reported_stale_as_a_timeout()
    {
        await using var fixture = new FeedFixture(new PanelFeedOptions { QueryTimeout = TimeSpan.FromSeconds(10) });
        fixture.Source.Hold();
        var viewer = new FrameRecorder();

        await using var subscription = fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame);
        await fixture.Source.WaitForRangeCallsAsync(1);
        fixture.Time.Advance(TimeSpan.FromSeconds(10));
        var frame = await viewer.WaitForAsync(_ => true);

        Assert.Equal(PanelFeedError.Timeout, frame.Error!.ErrorType);
    }

    [Fact]
    public async Task A_viewer_whose_callback_throws_keeps_receiving_frames_and_others_are_unaffected()
    {
        await using var fixture = new FeedFixture();
        var brokenViewer = new FrameRecorder();
        var healthy = new FrameRecorder();
        await using var broken = fixture.Feed.Subscribe(HourOfUp, async (frame, cancellationToken) =>
        {
            await brokenViewer.OnFrame(frame, cancellationToken);
            throw new InvalidOperationException("component already gone");
        });
        await using var subscription = fixture.Feed.Subscribe(HourOfUp, healthy.OnFrame);
        await brokenViewer.WaitForWindowEndingAsync(FirstWindowEnd);

        fixture.Time.Advance(TimeSpan.FromSeconds(13));

        await brokenViewer.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15));
        await healthy.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15));
    }
}
