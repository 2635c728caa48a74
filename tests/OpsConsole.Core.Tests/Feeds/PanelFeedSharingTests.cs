using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class PanelFeedSharingTests
{
    private static readonly PanelRequest HourOfUp = new("up", TimeSpan.FromHours(1), 800);
    private static readonly DateTimeOffset FirstWindowEnd = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Hundred_concurrent_viewers_of_one_panel_cause_exactly_one_query_per_tick()
    {
        await using var fixture = new FeedFixture();
        fixture.Source.Hold();
        var viewers = Enumerable.Range(0, 100).Select(_ => new FrameRecorder()).ToList();

        var subscriptions = await Task.WhenAll(viewers.Select(viewer => Task.Run(() => fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame))));
        await fixture.Source.WaitForRangeCallsAsync(1);
        fixture.Source.Release();
        await Task.WhenAll(viewers.Select(viewer => viewer.WaitForWindowEndingAsync(FirstWindowEnd)));

        Assert.Equal(1, fixture.Source.RangeCalls);

        fixture.Time.Advance(TimeSpan.FromSeconds(13));
        await Task.WhenAll(viewers.Select(viewer => viewer.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15))));

        Assert.Equal(2, fixture.Source.RangeCalls);
        Assert.Equal(100, fixture.Feed.SubscriberCount);
        Assert.Equal(1, fixture.Feed.ActiveKeyCount);
        foreach (var subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_viewers_opening_three_seconds_apart_in_one_step_share_the_window_and_the_query()
    {
        await using var fixture = new FeedFixture();
        var first = new FrameRecorder();
        var second = new FrameRecorder();

        await using var firstSubscription = fixture.Feed.Subscribe(HourOfUp, first.OnFrame);
        var firstFrame = await first.WaitForAsync(_ => true);
        fixture.Time.Advance(TimeSpan.FromSeconds(3));
        await using var secondSubscription = fixture.Feed.Subscribe(HourOfUp, second.OnFrame);
        var secondFrame = await second.WaitForAsync(_ => true);

        Assert.Equal(1, fixture.Source.RangeCalls);
        Assert.Equal(firstSubscription.Key, secondSubscription.Key);
        Assert.Equal(FirstWindowEnd, secondFrame.Window.End);
        Assert.Equal(firstFrame.Window, secondFrame.Window);
        Assert.Same(firstFrame.Series, secondFrame.Series);
    }

    [Fact]
    public async Task Window_end_and_start_fall_on_the_step_grid()
    {
        await using var fixture = new FeedFixture();
        var viewer = new FrameRecorder();

        await using var subscription = fixture.Feed.Subscribe(HourOfUp, viewer.OnFrame);
        await viewer.WaitForAsync(_ => true);

        var query = Assert.Single(fixture.Source.RangeQueries);
        Assert.Equal(FirstWindowEnd, query.End);
        Assert.Equal(FirstWindowEnd.AddHours(-1), query.Start);
        Assert.Equal(TimeSpan.FromSeconds(15), query.Step);
    }

    [Fact]
    public async Task Viewers_of_different_widths_share_one_query_but_receive_their_own_point_counts()
    {
        await using var fixture = new FeedFixture();
        var narrow = new FrameRecorder();
        var wide = new FrameRecorder();
        var sixHours = new PanelRequest("rate(http_server_requests_seconds_count[5m])", TimeSpan.FromHours(6), 100);

        await using var narrowSubscription = fixture.Feed.Subscribe(sixHours, narrow.OnFrame);
        await using var wideSubscription = fixture.Feed.Subscribe(sixHours with { WidthPixels = 2000 }, wide.OnFrame);
        var narrowFrame = await narrow.WaitForAsync(_ => true);
        var wideFrame = await wide.WaitForAsync(_ => true);

        Assert.Equal(1, fixture.Source.RangeCalls);
        var sent = fixture.Source.RangeQueries.Single();
        var fullCount = (int)StepPolicy.PointCount(sent.End - sent.Start, sent.Step);
        Assert.True(fullCount > 200, $"the query should return more points than the narrow panel can show, got {fullCount}");
        Assert.InRange(Assert.Single(narrowFrame.Series).Points.Count, 2, 200);
        Assert.Equal(fullCount, Assert.Single(wideFrame.Series).Points.Count);
    }

    [Fact]
    public async Task Resizing_a_viewer_redelivers_the_frame_at_the_new_width_without_a_query()
    {
        await using var fixture = new FeedFixture();
        var viewer = new FrameRecorder();
        var sixHours = new PanelRequest("up", TimeSpan.FromHours(6), 2000);

        await using var subscription = fixture.Feed.Subscribe(sixHours, viewer.OnFrame);
        await viewer.WaitForAsync(frame => frame.Series.Count == 1);
        subscription.Resize(50);
        var resized = await viewer.WaitForAsync(frame => frame.Series[0].Points.Count <= 100);

        Assert.Equal(1, fixture.Source.RangeCalls);
        Assert.Equal(FirstWindowEnd, resized.Window.End);
    }

    [Fact]
    public async Task Instant_panels_are_shared_and_evaluated_at_the_aligned_time()
    {
        await using var fixture = new FeedFixture();
        var first = new FrameRecorder();
        var second = new FrameRecorder();

        await using var firstSubscription = fixture.Feed.Subscribe(PanelRequest.Instant("robot_online_count"), first.OnFrame);
        await using var secondSubscription = fixture.Feed.Subscribe(PanelRequest.Instant("robot_online_count"), second.OnFrame);
        var frame = await first.WaitForAsync(_ => true);
        await second.WaitForAsync(_ => true);

        Assert.Equal(1, fixture.Source.InstantCalls);
        Assert.Equal(FirstWindowEnd, Assert.Single(fixture.Source.InstantTimes));
        Assert.Single(Assert.Single(frame.Series).Points);
        Assert.Equal(0, fixture.Source.RangeCalls);
    }

    [Fact]
    public async Task A_slow_viewer_holds_up_nobody_and_then_skips_to_the_newest_frame()
    {
        await using var fixture = new FeedFixture();
        var unblock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new FrameRecorder();
        var fast = new FrameRecorder();
        await using var slowSubscription = fixture.Feed.Subscribe(HourOfUp, async (frame, cancellationToken) =>
        {
            await slow.OnFrame(frame, cancellationToken);
            await unblock.Task.WaitAsync(cancellationToken);
        });
        await using var fastSubscription = fixture.Feed.Subscribe(HourOfUp, fast.OnFrame);
        await slow.WaitForWindowEndingAsync(FirstWindowEnd);

        for (var tick = 1; tick <= 3; tick++)
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(tick == 1 ? 13 : 15));
            await fast.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(15 * tick));
        }

        unblock.SetResult();
        await slow.WaitForWindowEndingAsync(FirstWindowEnd.AddSeconds(45));

        Assert.Equal([FirstWindowEnd, FirstWindowEnd.AddSeconds(45)], slow.Frames.Select(frame => frame.Window.End));
    }
}
