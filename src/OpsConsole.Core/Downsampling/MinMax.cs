using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Downsampling;

/// <summary>
/// Keeps the smallest and the largest value of each bucket, in time order, plus the first and last
/// points: no spike or dip is ever lost, which is what an operator looks for on a latency graph.
/// </summary>
/// <remarks>
/// Non-finite values (NaN, ±Inf) are never the minimum or maximum of a bucket that holds a finite
/// point. A bucket holding only non-finite points keeps its first point, so a gap at least one
/// bucket wide stays visible as a gap.
/// </remarks>
public static class MinMax
{
    /// <summary>Returns at most 2 × <paramref name="buckets"/> points; the input itself when it is already that short.</summary>
    public static IReadOnlyList<SamplePoint> Downsample(IReadOnlyList<SamplePoint> points, int buckets)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);

        var count = points.Count;
        if (count <= 2 * buckets)
        {
            return points;
        }

        var result = new List<SamplePoint>(2 * buckets) { points[0] };

        // The first and last points take one bucket's budget between them; the interior gets the rest.
        var interiorBuckets = buckets - 1;
        var bucketSize = (double)(count - 2) / Math.Max(interiorBuckets, 1);
        for (var bucket = 0; bucket < interiorBuckets; bucket++)
        {
            var from = (int)Math.Floor(bucket * bucketSize) + 1;
            var to = Math.Min((int)Math.Floor((bucket + 1) * bucketSize) + 1, count - 1);
            AddExtremes(points, from, to, result);
        }

        result.Add(points[count - 1]);
        return result;
    }

    private static void AddExtremes(IReadOnlyList<SamplePoint> points, int from, int to, List<SamplePoint> result)
    {
        if (from >= to)
        {
            return;
        }

        int min = -1, max = -1;
        for (var i = from; i < to; i++)
        {
            var value = points[i].Value;
            if (!double.IsFinite(value))
            {
                continue;
            }

            if (min < 0 || value < points[min].Value)
            {
                min = i;
            }

            if (max < 0 || value > points[max].Value)
            {
                max = i;
            }
        }

        if (min < 0)
        {
            result.Add(points[from]);
            return;
        }

        result.Add(points[Math.Min(min, max)]);
        if (min != max)
        {
            result.Add(points[Math.Max(min, max)]);
        }
    }
}
