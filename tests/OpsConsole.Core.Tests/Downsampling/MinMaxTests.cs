using OpsConsole.Core.Downsampling;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Downsampling;

public sealed class MinMaxTests
{
    [Theory]
    [InlineData(1, 500)]
    [InlineData(31_337, 500)]
    [InlineData(64_000, -500)]
    [InlineData(99_998, 500)]
    public void A_single_sample_spike_or_dip_in_100k_flat_points_survives(int spikeIndex, double spike)
    {
        var points = Shapes.FlatWithSpikeAt(100_000, spikeIndex, spike);

        var thinned = MinMax.Downsample(points, 500);

        Assert.Contains(thinned, point => point.Value == spike && point.Timestamp == points[spikeIndex].Timestamp);
    }

    [Fact]
    public void A_sine_keeps_its_exact_extremes()
    {
        var points = Shapes.Sine(100_000);

        var thinned = MinMax.Downsample(points, 300);

        Assert.Equal(points.Max(point => point.Value), thinned.Max(point => point.Value));
        Assert.Equal(points.Min(point => point.Value), thinned.Min(point => point.Value));
    }

    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(10_000, 2)]
    [InlineData(10_000, 333)]
    [InlineData(10_001, 4_999)]
    public void Output_never_exceeds_two_points_per_bucket_and_stays_in_time_order(int count, int buckets)
    {
        var thinned = MinMax.Downsample(Shapes.Sine(count), buckets);

        Assert.True(thinned.Count <= 2 * buckets, $"{thinned.Count} points for {buckets} buckets");
        Assert.True(Shapes.IsInTimeOrder(thinned));
    }

    [Fact]
    public void The_first_and_last_points_are_kept()
    {
        var points = Shapes.Sine(5_000);

        var thinned = MinMax.Downsample(points, 50);

        Assert.Equal(points[0], thinned[0]);
        Assert.Equal(points[^1], thinned[^1]);
    }

    [Fact]
    public void Input_no_longer_than_two_points_per_bucket_is_returned_unchanged()
    {
        var points = Shapes.Sine(200);

        Assert.Same(points, MinMax.Downsample(points, 100));
        Assert.Same(points, MinMax.Downsample(points, 5_000));
    }

    [Fact]
    public void NaN_is_never_the_minimum_or_maximum_of_a_bucket_that_has_a_number()
    {
        var points = Shapes.Generate(10_000, i => i % 3 == 0 ? double.NaN : Math.Sin(i / 100.0));

        var thinned = MinMax.Downsample(points, 100);

        Assert.All(thinned.Skip(1).SkipLast(1), point => Assert.True(double.IsFinite(point.Value)));
    }

    [Fact]
    public void A_gap_wider_than_a_bucket_stays_a_gap()
    {
        var points = Shapes.Generate(10_000, i => i is >= 4_000 and < 6_000 ? double.NaN : 1);

        var thinned = MinMax.Downsample(points, 100);

        var gap = thinned.Where(point => double.IsNaN(point.Value)).ToList();
        Assert.NotEmpty(gap);
        Assert.All(gap, point => Assert.InRange(point.Timestamp, points[4_000].Timestamp, points[5_999].Timestamp));
    }

    [Fact]
    public void Fewer_than_one_bucket_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinMax.Downsample(Shapes.Sine(10), 0));
    }

    [Fact]
    public void An_empty_series_stays_empty()
    {
        Assert.Empty(MinMax.Downsample(Array.Empty<SamplePoint>(), 10));
    }
}
