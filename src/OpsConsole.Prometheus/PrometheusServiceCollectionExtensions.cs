using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Http;

namespace OpsConsole.Prometheus;

public static class PrometheusServiceCollectionExtensions
{
    private const string PipelineName = "prometheus";

    /// <summary>
    /// Registers <see cref="IPrometheusClient"/> (typed HttpClient with retries and a per-attempt timeout),
    /// <see cref="IMetricsSource"/> over it, and <see cref="PrometheusOptions"/> bound from
    /// <paramref name="prometheusSection"/> and validated at start.
    /// </summary>
    public static IServiceCollection AddPrometheusClient(this IServiceCollection services, IConfiguration prometheusSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(prometheusSection);

        services.AddOptions<PrometheusOptions>().Bind(prometheusSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrometheusOptions>, PrometheusOptionsValidator>());
        services.TryAddSingleton(PrometheusRetryPolicy.Default);

        services.AddHttpClient<IPrometheusClient, PrometheusClient>(static (services, http) =>
                http.BaseAddress = services.GetRequiredService<IOptionsMonitor<PrometheusOptions>>().CurrentValue.ApiBaseAddress())
            .AddBackendPipeline<PrometheusOptions>(PipelineName, static services =>
            {
                var policy = services.GetRequiredService<PrometheusRetryPolicy>();
                return BackendHttpClientSetup.RetryTransientFailures(policy.MaxRetries, policy.BaseDelay);
            });

        services.TryAddTransient<IMetricsSource, PrometheusMetricsSource>();
        return services;
    }
}
