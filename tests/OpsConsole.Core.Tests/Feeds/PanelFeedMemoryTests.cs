using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

/// <summary>A key nobody watches keeps its last good frame for a while, so a returning viewer never sees a blank panel.</summary>
public sealed class PanelFeedMemoryTests
{
    private static readonly PanelRequest HourOfUp = new("up", TimeSpan.FromHours(1), 800);
    private static readonly DateTimeOffset FirstWindowEnd = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_viewer_who_returns_while_the_backend_is_down_gets_the_last_values_marked_stale()
    {
        await using var fixture = new FeedFixture();
        var first = new FrameRecorder();
        var leaving = fixture.Feed.Subscribe(HourOfUp, first.OnFrame);
        var good = await first.WaitForWindowEndingAsync(FirstWindowEnd);
        await leaving.DisposeAsync();
        Assert.Equal(0, fixture.Feed.ActiveKeyCount);

        fixture.Source.Failure = new InvalidOperationException("connection refused");
        fixture.Time.Advance(TimeSpan.FromMinutes(10));
        var back = new FrameRecorder();
        await using var returning = fixture.Feed.Subscribe(HourOfUp, back.OnFrame);

        var shown = await back.WaitForAsync(_ => true);
        Assert.Equal(good.FetchedAt, shown.FetchedAt);
        Assert.Equal(good.Series.Single().Points, shown.Series.Single().Points);
        var failed = await back.WaitForAsync(f => f.Error is not null);
        Assert.Equal(good.FetchedAt, failed.FetchedAt);
        Assert.NotEmpty(failed.Series);
    }

    [Fact]
    public async Task After_the_memory_a_returning_viewer_starts_from_nothing_and_no_query_ran_meanwhile()
    {
        await using var fixture = new FeedFixture(new PanelFeedOptions { LastFrameMemory = TimeSpan.FromMinutes(5) });
        var first = new FrameRecorder();
        var leaving = fixture.Feed.Subscribe(HourOfUp, first.OnFrame);
        await first.WaitForWindowEndingAsync(FirstWindowEnd);
        await leaving.DisposeAsync();

        fixture.Time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, fixture.Source.RangeCalls);
        fixture.Source.Hold();
        var back = new FrameRecorder();
        await using var returning = fixture.Feed.Subscribe(HourOfUp, back.OnFrame);
        await fixture.Source.WaitForRangeCallsAsync(2);

        Assert.Empty(back.Frames);
        fixture.Source.Release();
        var fresh = await back.WaitForAsync(_ => true);
        Assert.Equal(fixture.Time.GetUtcNow(), fresh.FetchedAt);
    }

    [Fact]
    public async Task A_remembered_frame_is_shown_but_never_taken_as_the_answer_even_in_the_same_window()
    {
        await using var fixture = new FeedFixture();
        var first = new FrameRecorder();
        var leaving = fixture.Feed.Subscribe(HourOfUp, first.OnFrame);
        await first.WaitForWindowEndingAsync(FirstWindowEnd);
        await leaving.DisposeAsync();

        fixture.Source.Value = 2;
        var back = new FrameRecorder();
        await using var returning = fixture.Feed.Subscribe(HourOfUp, back.OnFrame);

        var fresh = await back.WaitForAsync(f => f.Series.Single().Points[^1].Value == 2);
        Assert.Equal(FirstWindowEnd, fresh.Window.End);
        Assert.Equal(2, fixture.Source.RangeCalls);
    }
}
