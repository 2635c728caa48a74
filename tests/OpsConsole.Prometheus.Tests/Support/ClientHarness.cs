using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Prometheus.Tests.Support;

/// <summary>
/// The client exactly as <see cref="PrometheusServiceCollectionExtensions.AddPrometheusClient"/> registers it
/// (options, validation, resilience pipeline), with a fake or real primary handler and no retry backoff.
/// </summary>
internal sealed class ClientHarness : IDisposable
{
    public const string DefaultUrl = "http://prometheus.test:9090";

    private readonly ServiceProvider _provider;

    private ClientHarness(ServiceProvider provider) => _provider = provider;

    public IPrometheusClient Client => _provider.GetRequiredService<IPrometheusClient>();

    public IMetricsSource MetricsSource => _provider.GetRequiredService<IMetricsSource>();

    public static ClientHarness Create(
        HttpMessageHandler? handler,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Prometheus:Url"] = DefaultUrl, ["Prometheus:Timeout"] = "00:00:30" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Prometheus:" + key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new PrometheusRetryPolicy(MaxRetries: 2, BaseDelay: TimeSpan.Zero));
        configure?.Invoke(services);
        services.AddPrometheusClient(configuration.GetSection("Prometheus"));
        if (handler is not null)
        {
            services.AddHttpClient<IPrometheusClient, PrometheusClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        }
        return new ClientHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => _provider.Dispose();
}
