using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Alerts;
using OpsConsole.Prometheus.Alertmanager;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

/// <summary>
/// The client exactly as <c>AddAlertmanagerClient</c> registers it (options, validation, resilience pipeline),
/// next to the Prometheus client the alert source needs, both over fake handlers, with no retry backoff.
/// </summary>
internal sealed class AlertmanagerHarness : IDisposable
{
    public const string First = "am-0.test";
    public const string Second = "am-1.test";

    private readonly ServiceProvider _provider;

    private AlertmanagerHarness(ServiceProvider provider) => _provider = provider;

    public IAlertmanagerClient Client => _provider.GetRequiredService<IAlertmanagerClient>();

    public IAlertSource Source => _provider.GetRequiredService<IAlertSource>();

    public static AlertmanagerHarness Create(
        HttpMessageHandler alertmanagers, IDictionary<string, string?>? settings = null, HttpMessageHandler? prometheus = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Prometheus:Url"] = "http://prometheus.test:9090",
            ["Alertmanager:Timeout"] = "00:00:30",
        };
        if (settings is null || !settings.Keys.Any(k => k.StartsWith("Url", StringComparison.Ordinal)))
        {
            values["Alertmanager:Url"] = $"http://{First}:9093";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Alertmanager:" + key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new PrometheusRetryPolicy(MaxRetries: 2, BaseDelay: TimeSpan.Zero));
        services.AddSingleton(new AlertmanagerRetryPolicy(MaxRetries: 2, BaseDelay: TimeSpan.Zero));
        services.AddPrometheusClient(configuration.GetSection("Prometheus"));
        services.AddAlertmanagerClient(configuration.GetSection("Alertmanager"));
        services.AddHttpClient<IAlertmanagerClient, AlertmanagerClient>().ConfigurePrimaryHttpMessageHandler(() => alertmanagers);
        if (prometheus is not null)
        {
            services.AddHttpClient<IPrometheusClient, PrometheusClient>().ConfigurePrimaryHttpMessageHandler(() => prometheus);
        }
        return new AlertmanagerHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>Two Alertmanagers of one HA cluster, <see cref="First"/> then <see cref="Second"/>.</summary>
    public static AlertmanagerHarness Pair(HttpMessageHandler alertmanagers, HttpMessageHandler? prometheus = null) =>
        Create(alertmanagers, new Dictionary<string, string?>
        {
            ["Urls:0"] = $"http://{First}:9093",
            ["Urls:1"] = $"http://{Second}:9093",
        }, prometheus);

    public void Dispose() => _provider.Dispose();
}
