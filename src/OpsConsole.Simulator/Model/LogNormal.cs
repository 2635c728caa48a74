namespace OpsConsole.Simulator.Model;

/// <summary>A log-normal latency distribution, described by its median and 95th percentile.</summary>
internal readonly record struct LogNormal(double Mu, double Sigma)
{
    private const double Z95 = 1.6448536269514722;

    public static LogNormal FromMedianAndP95(double median, double p95) =>
        new(Math.Log(median), Math.Log(p95 / median) / Z95);

    public double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    public double Cdf(double x) => x <= 0 ? 0 : 0.5 * (1 + Erf((Math.Log(x) - Mu) / (Sigma * Math.Sqrt(2))));

    public double Quantile(double z) => Math.Exp(Mu + (Sigma * z));

    public LogNormal Scaled(double factor) => this with { Mu = Mu + Math.Log(factor) };

    // Abramowitz and Stegun 7.1.26; absolute error below 1.5e-7, plenty for bucket shares.
    private static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + (0.3275911 * x));
        var y = 1 - ((((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t) - 0.284496736) * t) + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
