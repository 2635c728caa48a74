using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class FeedWindowTests
{
    private static readonly FeedKey Hour = new("default", "up", TimeSpan.FromHours(1), TimeSpan.FromSeconds(15));

    [Fact]
    public void Times_within_one_step_map_to_the_same_window()
    {
        var opened = new DateTimeOffset(2025, 6, 1, 12, 0, 1, TimeSpan.Zero);

        Assert.Equal(FeedWindow.At(Hour, opened), FeedWindow.At(Hour, opened.AddSeconds(3)));
        Assert.Equal(FeedWindow.At(Hour, opened), FeedWindow.At(Hour, opened.AddSeconds(13.999)));
        Assert.NotEqual(FeedWindow.At(Hour, opened), FeedWindow.At(Hour, opened.AddSeconds(14)));
    }

    [Fact]
    public void A_range_that_is_not_a_multiple_of_the_step_starts_on_the_step_grid()
    {
        var key = Hour with { Range = TimeSpan.FromSeconds(100), Step = TimeSpan.FromSeconds(30) };

        var window = FeedWindow.At(key, new DateTimeOffset(2025, 6, 1, 12, 0, 40, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 0, 30, TimeSpan.Zero), window.End);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 11, 58, 30, TimeSpan.Zero), window.Start);
    }

    [Fact]
    public void An_instant_key_has_a_window_of_one_instant()
    {
        var key = Hour with { Range = TimeSpan.Zero };

        var window = FeedWindow.At(key, new DateTimeOffset(2025, 6, 1, 12, 0, 40, TimeSpan.Zero));

        Assert.Equal(window.Start, window.End);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 0, 30, TimeSpan.Zero), window.End);
    }
}
