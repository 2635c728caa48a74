using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

public sealed class StepPolicyTests
{
    private static readonly TimeSpan Scrape = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan[] NiceSteps =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15),
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7),
    ];

    public static TheoryData<TimeSpan, int, TimeSpan> RangesWidthsAndMinSteps()
    {
        var data = new TheoryData<TimeSpan, int, TimeSpan>();
        TimeSpan[] ranges =
        [
            TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(6),
            TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(30),
        ];
        int[] widths = [100, 320, 800, 1920, 3840, 8000];
        TimeSpan[] minSteps = [TimeSpan.Zero, TimeSpan.FromSeconds(1), Scrape];
        foreach (var range in ranges)
        {
            foreach (var width in widths)
            {
                foreach (var minStep in minSteps)
                {
                    data.Add(range, width, minStep);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RangesWidthsAndMinSteps))]
    public void The_step_never_asks_for_more_than_11000_points_per_series(TimeSpan range, int width, TimeSpan minStep)
    {
        var step = StepPolicy.Choose(range, width, minStep);

        Assert.True(StepPolicy.PointCount(range, step) <= 11_000, $"{range} at {step} is {StepPolicy.PointCount(range, step)} points");
    }

    [Theory]
    [MemberData(nameof(RangesWidthsAndMinSteps))]
    public void The_step_gives_at_most_about_one_point_per_pixel_and_is_a_nice_step_unless_the_min_step_wins(TimeSpan range, int width, TimeSpan minStep)
    {
        var step = StepPolicy.Choose(range, width, minStep);

        Assert.True(StepPolicy.PointCount(range, step) <= width + 1, $"{range} at {step} over {width} px");
        Assert.True(step >= minStep);
        Assert.True(NiceSteps.Contains(step) || step == minStep, $"{step} is neither a nice step nor the min step");
    }

    [Fact]
    public void The_step_is_the_nearest_nice_step_at_or_above_one_point_per_pixel()
    {
        // 1 h over 1000 px is 3.6 s per pixel.
        Assert.Equal(TimeSpan.FromSeconds(5), StepPolicy.Choose(TimeSpan.FromHours(1), 1000, TimeSpan.Zero));
        // 30 d over 1920 px is 22.5 min per pixel.
        Assert.Equal(TimeSpan.FromMinutes(30), StepPolicy.Choose(TimeSpan.FromDays(30), 1920, TimeSpan.Zero));
    }

    [Fact]
    public void The_step_is_never_finer_than_the_scrape_interval()
    {
        Assert.Equal(Scrape, StepPolicy.Choose(TimeSpan.FromMinutes(5), 8000, Scrape));
        Assert.Equal(TimeSpan.FromSeconds(20), StepPolicy.Choose(TimeSpan.FromMinutes(5), 1000, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void A_panel_wider_than_the_point_limit_is_held_to_11000_points()
    {
        var step = StepPolicy.Choose(TimeSpan.FromDays(30), 50_000, TimeSpan.Zero);

        Assert.True(StepPolicy.PointCount(TimeSpan.FromDays(30), step) <= StepPolicy.MaxPointsPerSeries);
    }

    [Fact]
    public void Ranges_beyond_the_table_use_whole_weeks()
    {
        var step = StepPolicy.Choose(TimeSpan.FromDays(3650), 100, TimeSpan.Zero);

        Assert.Equal(0, step.Ticks % TimeSpan.FromDays(7).Ticks);
        Assert.True(StepPolicy.PointCount(TimeSpan.FromDays(3650), step) <= 101);
    }
}
