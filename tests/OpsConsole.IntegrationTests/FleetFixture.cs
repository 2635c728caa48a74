using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests;

/// <summary>One real stack (Prometheus, Redis, redis_exporter, simulator) shared by the tests of a collection.</summary>
public sealed class FleetFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    private FleetStack? _stack;

    public FleetStack Stack => _stack ?? throw new InvalidOperationException("The fleet stack did not start.");

    public IPrometheusClient Client { get; private set; } = null!;

    public IMetricsSource Metrics { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _stack = await FleetStack.StartAsync(fastAlerts: false, timeout.Token);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Url"] = Stack.Prometheus.Url.ToString() })
            .Build();
        _services = new ServiceCollection().AddLogging().AddPrometheusClient(configuration).BuildServiceProvider();
        Client = _services.GetRequiredService<IPrometheusClient>();
        Metrics = _services.GetRequiredService<IMetricsSource>();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FleetCollection : ICollectionFixture<FleetFixture>
{
    public const string Name = "fleet";
}
