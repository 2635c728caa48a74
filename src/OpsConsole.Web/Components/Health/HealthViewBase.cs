using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Health;

namespace OpsConsole.Web.Components.Health;

/// <summary>A component that shows the Prometheus health and re-renders on every visible change.</summary>
public abstract class HealthViewBase : LiveComponent
{
    [Inject]
    protected PrometheusHealthMonitor Monitor { get; set; } = default!;

    protected PrometheusHealth Health { get; private set; } = PrometheusHealth.Unknown;

    protected override void OnInitialized()
    {
        Health = Monitor.Current;
        Track(Monitor.Subscribe(health => _ = Apply(() => Health = health)));
    }
}
