using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Live;
using OpsConsole.Core.Metrics;
using OpsConsole.Testing;

namespace OpsConsole.Core.Tests.Live;

public sealed class SharedPollTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private static SharedPoll<string, int> Poll(CountingFetch fetch, FakeTimeProvider time, TimeSpan linger = default) =>
        new("test", fetch.FetchAsync, new SharedPollOptions { Period = Period, Linger = linger }, time, NullLogger.Instance);

    [Fact]
    public async Task Two_viewers_of_one_key_share_one_fetch_per_period()
    {
        var time = new FakeTimeProvider(Start);
        var fetch = new CountingFetch();
        await using var poll = Poll(fetch, time);
        var first = new ValueRecorder<int>();
        var second = new ValueRecorder<int>();

        await using var a = poll.Subscribe("targets", first.OnValue);
        await first.WaitForAsync(v => v.Value == 1, "the first fetch");
        await using var b = poll.Subscribe("targets", second.OnValue);
        await second.WaitForAsync(v => v.Value == 1, "the late viewer to get the value already fetched");
        Assert.Equal(1, fetch.Calls);

        time.Advance(Period);
        await first.WaitForAsync(v => v.Value == 2, "the next tick");
        await second.WaitForAsync(v => v.Value == 2, "the next tick for the second viewer");
        Assert.Equal(2, fetch.Calls);
        Assert.Equal(1, poll.ActiveKeyCount);
    }

    [Fact]
    public async Task A_failure_keeps_the_last_good_value_marked_stale_and_the_next_success_clears_it()
    {
        var time = new FakeTimeProvider(Start);
        var fetch = new CountingFetch();
        await using var poll = Poll(fetch, time);
        var viewer = new ValueRecorder<int>();
        await using var subscription = poll.Subscribe("rules", viewer.OnValue);
        await viewer.WaitForAsync(v => v.Value == 1, "the first fetch");

        fetch.Failure = new MetricsQueryException(MetricsQueryException.Unreachable, null, "connection refused");
        time.Advance(Period);
        var stale = await viewer.WaitForAsync(v => v.IsStale, "the failure to be reported");
        Assert.Equal(1, stale.Value);
        Assert.Equal(Start, stale.FetchedAt);
        Assert.Equal(MetricsQueryException.Unreachable, stale.Error!.ErrorType);
        Assert.Equal(Start + Period, stale.Error.Since);

        time.Advance(Period);
        var stillStale = await viewer.WaitForAsync(v => v.Version > stale.Version, "the second failure");
        Assert.Equal(Start + Period, stillStale.Error!.Since);

        fetch.Failure = null;
        time.Advance(Period);
        var recovered = await viewer.WaitForAsync(v => !v.IsStale && v.Version > stillStale.Version, "the recovery");
        Assert.Equal(4, recovered.Value);
        Assert.Equal(Start + (3 * Period), recovered.FetchedAt);
    }

    [Fact]
    public async Task A_failure_before_any_success_has_no_value_but_says_why()
    {
        var time = new FakeTimeProvider(Start);
        var fetch = new CountingFetch { Failure = new InvalidOperationException("boom") };
        await using var poll = Poll(fetch, time);
        var viewer = new ValueRecorder<int>();
        await using var subscription = poll.Subscribe("targets", viewer.OnValue);

        var failed = await viewer.WaitForAsync(v => v.IsStale, "the failure");
        Assert.False(failed.HasValue);
        Assert.Equal(LiveError.Unexpected, failed.Error!.ErrorType);
        Assert.Equal("boom", failed.Error.Message);
    }

    [Fact]
    public async Task A_key_stops_fetching_when_its_last_viewer_leaves()
    {
        var time = new FakeTimeProvider(Start);
        var fetch = new CountingFetch();
        await using var poll = Poll(fetch, time);
        var viewer = new ValueRecorder<int>();
        var subscription = poll.Subscribe("targets", viewer.OnValue);
        await viewer.WaitForAsync(v => v.Value == 1, "the first fetch");

        await subscription.DisposeAsync();
        Assert.Equal(0, poll.ActiveKeyCount);
        time.Advance(Period * 3);
        Assert.Equal(1, fetch.Calls);
    }

    [Fact]
    public async Task A_lingering_key_serves_a_returning_viewer_at_once_and_stops_after_the_linger()
    {
        var time = new FakeTimeProvider(Start);
        var fetch = new CountingFetch();
        await using var poll = Poll(fetch, time, linger: TimeSpan.FromSeconds(25));
        var first = new ValueRecorder<int>();
        var leaving = poll.Subscribe("wall", first.OnValue);
        await first.WaitForAsync(v => v.Value == 1, "the first fetch");
        await leaving.DisposeAsync();

        time.Advance(Period);
        await Eventually.Until(() => fetch.Calls == 2, Eventually.InProcessDeadline, "the lingering key to keep ticking");
        var returning = new ValueRecorder<int>();
        await using (poll.Subscribe("wall", returning.OnValue))
        {
            var value = await returning.WaitForAsync(_ => true, "the returning viewer's first value");
            Assert.Equal(2, value.Value);
            Assert.Equal(2, fetch.Calls);
        }

        // Left again: 25 s later the key is gone and no longer fetched.
        time.Advance(TimeSpan.FromSeconds(25));
        await Eventually.Until(() => poll.ActiveKeyCount == 0, Eventually.InProcessDeadline, "the key to expire after its linger");
        var calls = fetch.Calls;
        time.Advance(Period * 3);
        Assert.Equal(calls, fetch.Calls);
    }

    [Fact]
    public async Task Ticks_stay_on_the_clock_grid_when_the_viewer_joins_between_ticks()
    {
        var time = new FakeTimeProvider(Start.AddSeconds(7));
        var fetch = new CountingFetch();
        await using var poll = Poll(fetch, time);
        var viewer = new ValueRecorder<int>();
        await using var subscription = poll.Subscribe("targets", viewer.OnValue);
        await viewer.WaitForAsync(v => v.Value == 1, "the joining fetch");

        time.Advance(TimeSpan.FromSeconds(3));
        var tick = await viewer.WaitForAsync(v => v.Value == 2, "the tick at the next multiple of the period");
        Assert.Equal(Start + Period, tick.FetchedAt);
    }
}
