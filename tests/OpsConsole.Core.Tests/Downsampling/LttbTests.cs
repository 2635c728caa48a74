using OpsConsole.Core.Downsampling;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Downsampling;

public sealed class LttbTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(31_337)]
    [InlineData(99_998)]
    public void A_single_sample_spike_in_100k_flat_points_survives(int spikeIndex)
    {
        var points = Shapes.FlatWithSpikeAt(100_000, spikeIndex, 500);

        var thinned = Lttb.Downsample(points, 1000);

        Assert.Contains(thinned, point => point.Value == 500 && point.Timestamp == points[spikeIndex].Timestamp);
    }

    [Fact]
    public void A_sine_keeps_its_extremes()
    {
        var thinned = Lttb.Downsample(Shapes.Sine(100_000), 500);

        Assert.True(thinned.Max(point => point.Value) > 0.99);
        Assert.True(thinned.Min(point => point.Value) < -0.99);
    }

    [Theory]
    [InlineData(10_000, 2)]
    [InlineData(10_000, 3)]
    [InlineData(10_000, 777)]
    [InlineData(10_001, 9_999)]
    public void Output_never_exceeds_the_threshold_and_stays_in_time_order(int count, int threshold)
    {
        var thinned = Lttb.Downsample(Shapes.Sine(count), threshold);

        Assert.True(thinned.Count <= threshold, $"{thinned.Count} points for a threshold of {threshold}");
        Assert.True(Shapes.IsInTimeOrder(thinned));
    }

    [Fact]
    public void The_first_and_last_points_are_kept()
    {
        var points = Shapes.Sine(5_000);

        var thinned = Lttb.Downsample(points, 100);

        Assert.Equal(points[0], thinned[0]);
        Assert.Equal(points[^1], thinned[^1]);
    }

    [Fact]
    public void Input_no_longer_than_the_threshold_is_returned_unchanged()
    {
        var points = Shapes.Sine(100);

        Assert.Same(points, Lttb.Downsample(points, 100));
        Assert.Same(points, Lttb.Downsample(points, 5_000));
    }

    [Fact]
    public void NaN_points_are_never_chosen_while_their_bucket_has_a_number()
    {
        // Every other point is NaN, as Prometheus answers for 0/0 in a sparse series.
        var points = Shapes.Generate(10_000, i => i % 2 == 0 ? double.NaN : Math.Sin(i / 100.0));

        var thinned = Lttb.Downsample(points, 200);

        Assert.All(thinned.Skip(1).SkipLast(1), point => Assert.True(double.IsFinite(point.Value)));
    }

    [Fact]
    public void A_gap_wider_than_a_bucket_stays_a_gap_and_the_shape_around_it_survives()
    {
        var points = Shapes.Generate(10_000, i => i is >= 4_000 and < 6_000 ? double.NaN : i == 7_000 ? 50 : 1);

        var thinned = Lttb.Downsample(points, 100);

        var gap = thinned.Where(point => double.IsNaN(point.Value)).ToList();
        Assert.NotEmpty(gap);
        Assert.All(gap, point => Assert.InRange(point.Timestamp, points[4_000].Timestamp, points[5_999].Timestamp));
        Assert.Contains(thinned, point => point.Value == 50);
        Assert.True(thinned.Count <= 100);
    }

    [Fact]
    public void A_threshold_below_two_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lttb.Downsample(Shapes.Sine(10), 1));
    }

    [Fact]
    public void An_empty_series_stays_empty()
    {
        Assert.Empty(Lttb.Downsample(Array.Empty<SamplePoint>(), 10));
    }
}
