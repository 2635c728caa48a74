using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Health;

namespace OpsConsole.Web.Components.Health;

/// <summary>A component that shows the Prometheus health and re-renders on every visible change.</summary>
public abstract class HealthViewBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject]
    protected PrometheusHealthMonitor Monitor { get; set; } = default!;

    [Inject]
    protected TimeProvider TimeProvider { get; set; } = default!;

    protected PrometheusHealth Health { get; private set; } = PrometheusHealth.Unknown;

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void OnInitialized()
    {
        Health = Monitor.Current;
        // The monitor calls back on its own thread; the renderer's dispatcher applies the change.
        _subscription = Monitor.Subscribe(health => _ = InvokeAsync(() =>
        {
            Health = health;
            StateHasChanged();
        }));
    }
}
