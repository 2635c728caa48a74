using OpsConsole.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Feeds;

/// <summary>
/// prometheus-net exports meters through one process-wide adapter, so another app host in the same
/// test process (with its own meter of the same name) could disturb the numbers: run alone.
/// </summary>
[CollectionDefinition(nameof(PanelFeedMetricsExportTests), DisableParallelization = true)]
public sealed class PanelFeedMetricsExportCollection;

[Collection(nameof(PanelFeedMetricsExportTests))]
public sealed class PanelFeedMetricsExportTests : IAsyncDisposable
{
    private readonly FakeMetricsSource _source = new();
    private readonly TemporaryDirectory _data = new("metrics-export");
    private readonly WebApplicationFactory<Program> _factory;

    public PanelFeedMetricsExportTests()
    {
        // Its own data directory: the default (.data/console below the working directory) would put SQLite into bin/.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Testing")
            .UseSetting("Prometheus:Url", "http://127.0.0.1:1")
            .UseSetting("OpsConsole:DataDirectory", _data.Path)
            .ConfigureTestServices(services => services.AddSingleton<IMetricsSource>(_source)));
    }

    [Fact]
    public async Task The_feeds_meter_is_exported_on_metrics()
    {
        _source.SetInstant("sum(up)", 1);
        using var client = _factory.CreateClient();
        var feed = _factory.Services.GetRequiredService<IPanelFeed>();
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (feed.Subscribe(PanelRequest.Instant("sum(up)"), (_, _) =>
        {
            delivered.TrySetResult();
            return ValueTask.CompletedTask;
        }))
        {
            await delivered.Task.WaitAsync(Eventually.InProcessDeadline);
            var body = string.Empty;
            await Eventually.Until(
                async ct =>
                {
                    body = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);
                    return body.Contains("opsconsole_panelfeed_queries", StringComparison.Ordinal);
                }, Eventually.InProcessDeadline,
                "the feed's query counter on /metrics", TestContext.Current.CancellationToken);

            // prometheus-net names an instrument <meter>_<instrument>, hence the repeated prefix.
            Assert.Contains("opsconsole_panelfeed_opsconsole_panelfeed_queries{error_type=\"\",outcome=\"ok\"}", body, StringComparison.Ordinal);
            Assert.Contains("opsconsole_panelfeed_opsconsole_panelfeed_subscribers 1", body, StringComparison.Ordinal);
            Assert.Contains("opsconsole_panelfeed_opsconsole_panelfeed_active_keys 1", body, StringComparison.Ordinal);
            Assert.Contains("opsconsole_panelfeed_opsconsole_panelfeed_query_duration_count{outcome=\"ok\"}", body, StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _data.Dispose();
    }
}
