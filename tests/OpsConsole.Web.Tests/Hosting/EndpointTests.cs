using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Health;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Identity;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Hosting;

public sealed class EndpointTests : IAsyncDisposable
{
    private readonly SwitchableProbe _probe = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("opsconsole-endpointtests-");

    public EndpointTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Testing")
            // Nothing listens here: no test may depend on a Prometheus someone else happens to run.
            .UseSetting("Prometheus:Url", "http://127.0.0.1:1")
            .UseSetting("OpsConsole:DataDirectory", _data.FullName)
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(TestIdentities.Settings()))
            .ConfigureTestServices(services => services.AddSingleton<IPrometheusProbe>(_probe)));
    }

    [Fact]
    public async Task Healthz_answers_200_even_when_prometheus_is_down()
    {
        _probe.Failure = FakeMetricsSource.UnreachableError();
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_answers_503_while_prometheus_is_unreachable()
    {
        _probe.Failure = FakeMetricsSource.UnreachableError();
        using var client = _factory.CreateClient();
        await ProbedAsync();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_answers_200_once_prometheus_is_reachable()
    {
        using var client = _factory.CreateClient();
        await ProbedAsync();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_exposes_the_consoles_own_request_metrics()
    {
        using var client = _factory.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var body = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("http_requests_received_total", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_page_renders_its_panels_on_the_first_request()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestIdentities.BearerOf(Roles.Viewer);

        var html = await client.GetStringAsync(new Uri("/boards/robot-health", UriKind.Relative));

        Assert.Contains("data-panel-id=\"fleet-online-rate\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"prometheus-health\"", html, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp cleaner takes it.
        }
    }

    private async Task ProbedAsync()
    {
        var monitor = _factory.Services.GetRequiredService<PrometheusHealthMonitor>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (monitor.Current.Status == PrometheusStatus.Unknown)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }

    private sealed class SwitchableProbe : IPrometheusProbe
    {
        public MetricsQueryException? Failure { get; set; }

        public Task<string?> ProbeAsync(CancellationToken cancellationToken) =>
            Failure is { } failure ? Task.FromException<string?>(failure) : Task.FromResult<string?>("2.42.0");
    }
}
