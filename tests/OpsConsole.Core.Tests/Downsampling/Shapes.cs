using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Downsampling;

/// <summary>Series with a known shape, one point per second.</summary>
internal static class Shapes
{
    public static readonly DateTimeOffset Origin = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<SamplePoint> Generate(int count, Func<int, double> value) =>
        [.. Enumerable.Range(0, count).Select(i => new SamplePoint(Origin.AddSeconds(i), value(i)))];

    public static List<SamplePoint> FlatWithSpikeAt(int count, int spikeIndex, double spike) =>
        Generate(count, i => i == spikeIndex ? spike : 1.0);

    /// <summary>Ten periods of a unit sine.</summary>
    public static List<SamplePoint> Sine(int count) => Generate(count, i => Math.Sin(i * 10 * 2 * Math.PI / count));

    public static bool IsInTimeOrder(IReadOnlyList<SamplePoint> points) =>
        points.Zip(points.Skip(1)).All(pair => pair.First.Timestamp < pair.Second.Timestamp);
}
