using OpsConsole.Simulator.Exposition;

namespace OpsConsole.Simulator.Model;

/// <summary>
/// One histogram series fed with expected observations: n observations from a distribution add n x CDF(le)
/// to every bucket, so buckets stay cumulative and every count only rises.
/// </summary>
internal sealed class HistogramAccumulator
{
    private readonly double[] _upperBounds;
    private readonly double[] _buckets;
    private double _count;
    private double _sum;

    public HistogramAccumulator(double[] upperBounds)
    {
        _upperBounds = upperBounds;
        _buckets = new double[upperBounds.Length];
    }

    public void Observe(double observations, LogNormal distribution)
    {
        if (observations <= 0)
        {
            return;
        }

        for (var i = 0; i < _upperBounds.Length; i++)
        {
            _buckets[i] += observations * distribution.Cdf(_upperBounds[i]);
        }

        _count += observations;
        _sum += observations * distribution.Mean;
    }

    public void Write(ExpositionWriter writer, string name, ReadOnlySpan<Label> labels)
    {
        // Whole observations: flooring keeps buckets cumulative (CDF is monotonic) and never lets a count fall.
        Span<double> whole = stackalloc double[_buckets.Length];
        for (var i = 0; i < _buckets.Length; i++)
        {
            whole[i] = Math.Floor(_buckets[i]);
        }

        writer.Histogram(name, labels, _upperBounds, whole, Math.Floor(_count), Math.Round(_sum, 6));
    }
}
