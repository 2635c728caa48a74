using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alertmanager;

/// <summary>One real Alertmanager for the class, and our client for it, registered as the web app registers it.</summary>
public sealed class AlertmanagerFixture : IAsyncLifetime
{
    private ServiceProvider? _provider;

    public AlertmanagerServer Server { get; private set; } = null!;

    public IAlertmanagerClient Client => _provider!.GetRequiredService<IAlertmanagerClient>();

    public async ValueTask InitializeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        Server = await AlertmanagerServer.StartAsync(null, deadline.Token);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Never called here: the alert source needs a Prometheus client registered.
            ["Prometheus:Url"] = "http://127.0.0.1:1",
            ["Alertmanager:Url"] = Server.Url.ToString(),
            ["Alertmanager:Timeout"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPrometheusClient(configuration.GetSection("Prometheus"));
        services.AddAlertmanagerClient(configuration.GetSection("Alertmanager"));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
