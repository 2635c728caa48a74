using OpsConsole.Core.Capacity;

namespace OpsConsole.Web.Capacity;

/// <summary>How the capacity page refreshes and extrapolates; bind from configuration section "Capacity".</summary>
public sealed class CapacityOptions
{
    public const string SectionName = "Capacity";

    /// <summary>How often each trigger's queries run (shared by every viewer).</summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a trigger keeps polling after its last viewer left (a reload finds current data).</summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromSeconds(30);

    public CapacityForecastOptions Forecast { get; set; } = new();
}
