using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts;
using OpsConsole.Prometheus.Http;

namespace OpsConsole.Prometheus.Alertmanager;

public static class AlertmanagerServiceCollectionExtensions
{
    private const string PipelineName = "alertmanager";

    /// <summary>
    /// Registers <see cref="IAlertmanagerClient"/> (typed HttpClient with read retries and a per-attempt timeout),
    /// <see cref="IAlertSource"/> over it and <see cref="IPrometheusClient"/> (so call <c>AddPrometheusClient</c> too),
    /// and <see cref="AlertmanagerOptions"/> bound from <paramref name="alertmanagerSection"/> and validated at start.
    /// </summary>
    public static IServiceCollection AddAlertmanagerClient(this IServiceCollection services, IConfiguration alertmanagerSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(alertmanagerSection);

        services.AddOptions<AlertmanagerOptions>().Bind(alertmanagerSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertmanagerOptions>, AlertmanagerOptionsValidator>());
        services.TryAddSingleton(AlertmanagerRetryPolicy.Default);

        // No base address: the client resolves each request against one of the configured instances.
        services.AddHttpClient<IAlertmanagerClient, AlertmanagerClient>()
            .AddBackendPipeline<AlertmanagerOptions>(PipelineName, static services =>
            {
                var policy = services.GetRequiredService<AlertmanagerRetryPolicy>();
                var retry = BackendHttpClientSetup.RetryTransientFailures(policy.MaxRetries, policy.BaseDelay);
                // POST and DELETE are never repeated: a second POST would create a second silence.
                retry.DisableForUnsafeHttpMethods();
                return retry;
            });

        services.TryAddTransient<IAlertSource, AlertmanagerAlertSource>();
        return services;
    }
}
