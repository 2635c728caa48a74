using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Panels;

/// <summary>One series of a panel with the name its target's legend template gives it.</summary>
public sealed record NamedSeries(string Name, MetricSeries Series)
{
    /// <summary>The newest finite value; null when the series has none.</summary>
    public double? Latest
    {
        get
        {
            for (var i = Series.Points.Count - 1; i >= 0; i--)
            {
                if (double.IsFinite(Series.Points[i].Value))
                {
                    return Series.Points[i].Value;
                }
            }
            return null;
        }
    }
}
