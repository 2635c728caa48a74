using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Downsampling;

/// <summary>
/// Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the first and last points and, from
/// each bucket in between, the point that forms the largest triangle with the point kept before it
/// and the average of the next bucket.
/// </summary>
/// <remarks>
/// Non-finite values (NaN, ±Inf: Prometheus answers NaN for 0/0) cannot be drawn, so they are never
/// chosen while a bucket holds a finite point. A bucket holding only non-finite points keeps its
/// first point, so a gap at least one bucket wide stays visible as a gap; a narrower gap is below a
/// pixel and disappears.
/// </remarks>
public static class Lttb
{
    /// <summary>Returns at most <paramref name="threshold"/> points; the input itself when it is already that short.</summary>
    public static IReadOnlyList<SamplePoint> Downsample(IReadOnlyList<SamplePoint> points, int threshold)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);

        var count = points.Count;
        if (count <= threshold)
        {
            return points;
        }

        var origin = points[0].Timestamp;
        var result = new List<SamplePoint>(threshold) { points[0] };
        if (threshold == 2)
        {
            result.Add(points[count - 1]);
            return result;
        }

        // The first and last points are kept as they are; the rest is split into threshold - 2 buckets.
        var bucketSize = (double)(count - 2) / (threshold - 2);
        var anchor = points[0];

        for (var bucket = 0; bucket < threshold - 2; bucket++)
        {
            var from = (int)Math.Floor(bucket * bucketSize) + 1;
            var to = Math.Min((int)Math.Floor((bucket + 1) * bucketSize) + 1, count - 1);

            var nextFrom = to;
            var nextTo = Math.Min((int)Math.Floor((bucket + 2) * bucketSize) + 1, count);
            var (nextX, nextY, nextHasValue) = Average(points, nextFrom, nextTo, origin);

            var anchorX = Seconds(anchor.Timestamp, origin);
            var anchorY = double.IsFinite(anchor.Value) ? anchor.Value : nextY;
            if (!nextHasValue)
            {
                // Nothing drawable ahead: measure distance from a flat line through the anchor.
                nextY = anchorY;
            }

            var chosen = from;
            var largestArea = -1.0;
            for (var i = from; i < to; i++)
            {
                var point = points[i];
                if (!double.IsFinite(point.Value))
                {
                    continue;
                }

                var x = Seconds(point.Timestamp, origin);
                var area = Math.Abs(((anchorX - nextX) * (point.Value - anchorY)) - ((anchorX - x) * (nextY - anchorY)));
                if (area > largestArea)
                {
                    largestArea = area;
                    chosen = i;
                }
            }

            anchor = points[chosen];
            result.Add(anchor);
        }

        result.Add(points[count - 1]);
        return result;
    }

    private static (double X, double Y, bool HasValue) Average(IReadOnlyList<SamplePoint> points, int from, int to, DateTimeOffset origin)
    {
        double sumX = 0, sumY = 0;
        var finite = 0;
        for (var i = from; i < to; i++)
        {
            if (double.IsFinite(points[i].Value))
            {
                sumX += Seconds(points[i].Timestamp, origin);
                sumY += points[i].Value;
                finite++;
            }
        }

        if (finite == 0)
        {
            var middle = points[Math.Min((from + to) / 2, points.Count - 1)];
            return (Seconds(middle.Timestamp, origin), double.NaN, false);
        }

        return (sumX / finite, sumY / finite, true);
    }

    private static double Seconds(DateTimeOffset timestamp, DateTimeOffset origin) => (timestamp - origin).TotalSeconds;
}
