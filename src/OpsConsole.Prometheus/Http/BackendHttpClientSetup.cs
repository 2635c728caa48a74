using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace OpsConsole.Prometheus.Http;

/// <summary>
/// The HTTP setup the Prometheus and Alertmanager clients share: authentication and extra headers from the options,
/// recycled pooled connections, and a resilience pipeline that retries network errors and 503 with a bounded backoff
/// and times each attempt.
/// </summary>
internal static class BackendHttpClientSetup
{
    // The smallest attempt timeout Polly accepts.
    private static readonly TimeSpan MinAttemptTimeout = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>The URL requests are resolved against: always ends with '/', so a path prefix (http://host/prometheus) is kept.</summary>
    public static Uri BaseAddress(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);

    /// <param name="retry">The retry strategy of one pipeline, usually from <see cref="RetryTransientFailures"/>.</param>
    public static IHttpClientBuilder AddBackendPipeline<TOptions>(
        this IHttpClientBuilder builder, string pipelineName, Func<IServiceProvider, HttpRetryStrategyOptions> retry)
        where TOptions : class, IBackendHttpOptions
    {
        builder
            .ConfigureHttpClient((services, http) => ApplyOptions(http, services.GetRequiredService<IOptionsMonitor<TOptions>>().CurrentValue))
            // Consumers such as the panel feed are singletons that keep their client; recycling pooled
            // connections lets them follow DNS changes of the backend host anyway.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .AddResilienceHandler(pipelineName, (pipeline, context) =>
            {
                var timeout = context.ServiceProvider.GetRequiredService<IOptionsMonitor<TOptions>>().CurrentValue.Timeout;
                pipeline.AddRetry(retry(context.ServiceProvider));
                pipeline.AddTimeout(timeout < MinAttemptTimeout ? MinAttemptTimeout : timeout);
            });
        return builder;
    }

    /// <summary>Exponential backoff with jitter on <see cref="PrometheusRetryPolicy.IsTransient"/> failures.</summary>
    public static HttpRetryStrategyOptions RetryTransientFailures(int maxRetries, TimeSpan baseDelay) => new()
    {
        MaxRetryAttempts = maxRetries,
        Delay = baseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        MaxDelay = MaxRetryDelay,
        // A Retry-After from an overloaded server could ask for minutes; keep the backoff bounded.
        ShouldRetryAfterHeader = false,
        ShouldHandle = static args => ValueTask.FromResult(PrometheusRetryPolicy.IsTransient(args.Outcome)),
    };

    private static void ApplyOptions(HttpClient http, IBackendHttpOptions options)
    {
        // The resilience pipeline times each attempt; HttpClient's own 100 s default would cut across retries.
        http.Timeout = Timeout.InfiniteTimeSpan;

        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        else if (!string.IsNullOrEmpty(options.Username) || !string.IsNullOrEmpty(options.Password))
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
}
