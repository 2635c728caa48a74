using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Reconcile;

namespace OpsConsole.Core.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the singleton <see cref="AlertStream"/> (also as <see cref="IAlertStream"/>), the
    /// <see cref="AlertReconciler"/> and the hosted reconcile loop. Needs an <see cref="IAlertSource"/>
    /// (<c>AddAlertmanagerClient</c> registers one) and a <see cref="TimeProvider"/>. Options come from
    /// <c>IOptions&lt;AlertStreamOptions&gt;</c> and <c>IOptions&lt;AlertReconcileOptions&gt;</c>: bind them as usual,
    /// e.g. <c>services.Configure&lt;AlertReconcileOptions&gt;(configuration.GetSection("Alerts"))</c>.
    /// </summary>
    public static IServiceCollection AddAlertStream(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AlertStream(
            sp.GetRequiredService<IOptions<AlertStreamOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AlertStream>>()));
        services.TryAddSingleton<IAlertStream>(sp => sp.GetRequiredService<AlertStream>());
        services.TryAddSingleton<AlertReconciler>();
        services.AddHostedService(sp => new AlertReconcileService(
            sp.GetRequiredService<AlertReconciler>(),
            sp.GetRequiredService<IOptions<AlertReconcileOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AlertReconcileService>>()));
        return services;
    }
}
