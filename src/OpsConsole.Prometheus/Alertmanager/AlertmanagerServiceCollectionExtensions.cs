using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts;
using Polly;

namespace OpsConsole.Prometheus.Alertmanager;

public static class AlertmanagerServiceCollectionExtensions
{
    private const string PipelineName = "alertmanager";

    // The smallest attempt timeout Polly accepts.
    private static readonly TimeSpan MinAttemptTimeout = TimeSpan.FromMilliseconds(10);

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

        services.AddHttpClient<IAlertmanagerClient, AlertmanagerClient>(ConfigureHttpClient)
            // Singletons keep their client; recycling pooled connections lets them follow DNS changes anyway.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .AddResilienceHandler(PipelineName, ConfigureResilience);

        services.TryAddTransient<IAlertSource, AlertmanagerAlertSource>();
        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptionsMonitor<AlertmanagerOptions>>().CurrentValue;
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
        var policy = context.ServiceProvider.GetRequiredService<AlertmanagerRetryPolicy>();
        var timeout = context.ServiceProvider.GetRequiredService<IOptionsMonitor<AlertmanagerOptions>>().CurrentValue.Timeout;

        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = policy.MaxRetries,
            Delay = policy.BaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            MaxDelay = TimeSpan.FromSeconds(5),
            ShouldRetryAfterHeader = false,
            ShouldHandle = static args => ValueTask.FromResult(PrometheusRetryPolicy.IsTransient(args.Outcome)),
        };
        // POST and DELETE are never repeated: a second POST would create a second silence.
        retry.DisableForUnsafeHttpMethods();
        pipeline.AddRetry(retry);
        pipeline.AddTimeout(timeout < MinAttemptTimeout ? MinAttemptTimeout : timeout);
    }
}
