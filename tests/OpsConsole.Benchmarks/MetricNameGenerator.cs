using System.Globalization;
using System.Net;
using System.Text;
using OpsConsole.Testing;

namespace OpsConsole.Benchmarks;

/// <summary>
/// A tiny exposition endpoint on 127.0.0.1 serving <c>count</c> gauge families (one series each, with HELP and
/// TYPE), so a Prometheus that scrapes it holds that many metric names. Bounded: the text is built once.
/// </summary>
internal sealed class MetricNameGenerator : IAsyncDisposable
{
    private static readonly string[] Subsystems = ["webhook", "flink", "kafka", "redis", "robot", "grpc", "jvm", "http", "disk", "net"];
    private static readonly string[] Measures = ["requests_total", "latency_seconds", "bytes", "errors_total", "queue_depth", "lag_offset"];

    private readonly HttpListener _listener = new();
    private readonly byte[] _body;
    private readonly Task _serving;

    private MetricNameGenerator(int count)
    {
        Port = FreePort.Next();
        _body = Encoding.UTF8.GetBytes(Exposition(count));
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }

    public string Target => $"127.0.0.1:{Port}";

    public static MetricNameGenerator Start(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100_000);
        return new MetricNameGenerator(count);
    }

    /// <summary>The i-th name, e.g. <c>gen_kafka_lag_offset_00042</c>: realistic words, so typed fragments match many.</summary>
    public static string NameOf(int i) => string.Create(CultureInfo.InvariantCulture,
        $"gen_{Subsystems[i % Subsystems.Length]}_{Measures[i / Subsystems.Length % Measures.Length]}_{i:D5}");

    private static string Exposition(int count)
    {
        var text = new StringBuilder(count * 120);
        for (var i = 0; i < count; i++)
        {
            var name = NameOf(i);
            text.Append("# HELP ").Append(name).Append(" Generated for the autocomplete benchmark.\n");
            text.Append("# TYPE ").Append(name).Append(" gauge\n");
            text.Append(name).Append(' ').Append((i % 97).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            context.Response.ContentType = "text/plain; version=0.0.4";
            context.Response.ContentLength64 = _body.Length;
            await context.Response.OutputStream.WriteAsync(_body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
