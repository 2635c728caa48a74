namespace OpsConsole.Benchmarks;

/// <summary>Nearest-rank percentiles of measured times.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double share)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
