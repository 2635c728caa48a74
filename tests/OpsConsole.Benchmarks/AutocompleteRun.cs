using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using OpsConsole.Testing;

namespace OpsConsole.Benchmarks;

/// <summary>
/// Explore's completion answer time: a real Prometheus holding at least <c>names</c> metric names (from
/// <see cref="MetricNameGenerator"/>), a real console, and <c>requests</c> sequential
/// <c>GET /api/explore/metric-names</c> with typed fragments, timed at the client. Once with the console's
/// cached name list (as users meet it), once with the cache off (every answer re-reads Prometheus).
/// </summary>
internal static class AutocompleteRun
{
    private static readonly string[] Fragments =
    [
        "gen_kafka", "lag", "kafka_lag", "latency", "redis_b", "gkl", "webhook_req", "00042", "flink_err", "q", "jvm_queue", "net_bytes_0",
    ];

    public static async Task<int> RunAsync(int names, int requests, CancellationToken cancellationToken)
    {
        await using var generator = MetricNameGenerator.Start(names);
        await using var prometheus = await PrometheusServer.StartAsync(port => $$"""
            global:
              scrape_interval: 5s
            scrape_configs:
              - job_name: generated
                static_configs:
                  - targets: ["{{generator.Target}}"]
            """, new Dictionary<string, string>(), cancellationToken);
        using var http = new HttpClient { BaseAddress = prometheus.Url };
        var held = await Eventually.Until<int?>(async ct =>
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/v1/label/__name__/values", UriKind.Relative), ct));
            var count = json.RootElement.GetProperty("data").GetArrayLength();
            return count >= names ? count : null;
        }, TimeSpan.FromSeconds(90), $"Prometheus to hold {names} metric names", cancellationToken);
        Console.Error.WriteLine($"Prometheus holds {held} metric names.");

        var rows = new List<string>
        {
            "| console name cache | requests | answer p50 | answer p99 | max |",
            "|---|---:|---:|---:|---:|",
        };
        foreach (var (label, lifetime) in new[] { ("30 s (default)", "00:00:30"), ("off (every answer asks Prometheus)", "00:00:00") })
        {
            await using var console = await ConsoleServer.StartAsync(new Dictionary<string, string>
            {
                ["Prometheus:Url"] = prometheus.Url.ToString(),
                ["Alertmanager:Url"] = "http://127.0.0.1:1",
                ["Explore:CompletionCacheLifetime"] = lifetime,
            }, cancellationToken);
            var times = await MeasureAsync(console, requests, cancellationToken);
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {times.Count} | {Percentiles.Of(times, 0.50):0.0} ms | {Percentiles.Of(times, 0.99):0.0} ms | {times.Max():0.0} ms |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Explore autocomplete against {held} metric names (top 100 per answer):"));
        Console.WriteLine(string.Join('\n', rows));
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(ConsoleServer console, int requests, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = console.Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
        // The first answer also warms the console's JIT and connections; it is not counted.
        await AskAsync(client, "gen", cancellationToken);
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            var matched = await AskAsync(client, Fragments[i % Fragments.Length], cancellationToken);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (matched == 0)
            {
                throw new InvalidOperationException($"No completion for \"{Fragments[i % Fragments.Length]}\": the console did not see the names.");
            }
        }
        return times;
    }

    private static async Task<int> AskAsync(HttpClient client, string typed, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri($"api/explore/metric-names?q={Uri.EscapeDataString(typed)}&limit=100", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.GetProperty("metrics").GetArrayLength();
    }
}
