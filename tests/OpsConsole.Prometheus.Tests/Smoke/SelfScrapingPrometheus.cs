using OpsConsole.Testing;

namespace OpsConsole.Prometheus.Tests.Smoke;

/// <summary>
/// One Prometheus for the smoke test class: it scrapes itself every second and evaluates a rule file with an
/// always-firing alert and a recording rule, so every read endpoint has something real to return.
/// </summary>
public sealed class SelfScrapingPrometheus : IAsyncLifetime
{
    private const string Rules = """
        groups:
          - name: smoke
            interval: 1s
            rules:
              - alert: SmokeAlwaysFiring
                expr: vector(1)
                labels:
                  severity: info
                annotations:
                  summary: Always firing, for the smoke test
              - record: job:up:sum
                expr: sum by (job) (up)
        """;

    private PrometheusServer? _server;

    public PrometheusServer Server => _server ?? throw new InvalidOperationException("Prometheus has not started.");

    public async ValueTask InitializeAsync() =>
        _server = await PrometheusServer.StartAsync(
            port => $"""
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - smoke.rules.yml
                scrape_configs:
                  - job_name: prometheus
                    static_configs:
                      - targets: ['127.0.0.1:{port}']
                """,
            new Dictionary<string, string> { ["smoke.rules.yml"] = Rules },
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
