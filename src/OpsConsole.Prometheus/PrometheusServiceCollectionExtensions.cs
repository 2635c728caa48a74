using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Metrics;
using Polly;

namespace OpsConsole.Prometheus;

public static class PrometheusServiceCollectionExtensions
{
    private const string PipelineName = "prometheus";

    // The smallest attempt timeout Polly accepts.
    private static readonly TimeSpan MinAttemptTimeout = TimeSpan.FromMilliseconds(10);

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

        services.AddHttpClient<IPrometheusClient, PrometheusClient>(ConfigureHttpClient)
            // Consumers such as the panel feed are singletons that keep their client; recycling pooled
            // connections lets them follow DNS changes of the Prometheus host anyway.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .AddResilienceHandler(PipelineName, ConfigureResilience);

        services.TryAddTransient<IMetricsSource, PrometheusMetricsSource>();
        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptionsMonitor<PrometheusOptions>>().CurrentValue;
        http.BaseAddress = options.ApiBaseAddress();
        // The resilience pipeline times each attempt; HttpClient's own 100 s default would cut across retries.
        http.Timeout = Timeout.InfiniteTimeSpan;

        if (options.HasBearerToken)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        else if (options.HasBasicAuth)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        foreach (var (name, value) in options.Headers)
        {
            http.DefaultRequestHeaders.Remove(name);
            http.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var policy = context.ServiceProvider.GetRequiredService<PrometheusRetryPolicy>();
        var timeout = context.ServiceProvider.GetRequiredService<IOptionsMonitor<PrometheusOptions>>().CurrentValue.Timeout;

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = policy.MaxRetries,
            Delay = policy.BaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            MaxDelay = TimeSpan.FromSeconds(5),
            // A Retry-After from an overloaded server could ask for minutes; keep the backoff bounded.
            ShouldRetryAfterHeader = false,
            ShouldHandle = static args => ValueTask.FromResult(PrometheusRetryPolicy.IsTransient(args.Outcome)),
        });
        pipeline.AddTimeout(timeout < MinAttemptTimeout ? MinAttemptTimeout : timeout);
    }
}
