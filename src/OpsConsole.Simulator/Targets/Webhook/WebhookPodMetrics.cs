using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Targets.Webhook;

/// <summary>One webhook-service pod as Micrometer exposes it: request histogram and max, CPU, JVM memory.</summary>
internal sealed class WebhookPodMetrics : SteppedState, IMetricsProducer
{
    private const string Requests = "http_server_requests_seconds";
    private const double HealthProbesPerSecond = 0.2;
    // 0.01 % of 5xx: a fifth of the 99.95 % SLO's budget, so the demo starts without a burn-rate alert.
    private const double NormalServerErrorRatio = 0.0001;
    private const double IncidentServerErrorRatio = 0.10;
    private const double FastBurnServerErrorRatio = 0.015;
    private const double SlowBurnServerErrorRatio = 0.002;
    private const double CpuRampSpan = 0.55;
    private const double MiB = 1024 * 1024;

    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2.5, 5, 10];

    private static readonly WebhookRoute[] Routes =
    [
        new("POST", "/webhook/robot-events", "200", "SUCCESS", "none", WebhookRouteKind.Success, 0.55, LogNormal.FromMedianAndP95(0.032, 0.085)),
        new("POST", "/webhook/telemetry", "200", "SUCCESS", "none", WebhookRouteKind.Success, 0.35, LogNormal.FromMedianAndP95(0.026, 0.075)),
        new("POST", "/webhook/commands/ack", "200", "SUCCESS", "none", WebhookRouteKind.Success, 0.097, LogNormal.FromMedianAndP95(0.015, 0.045)),
        new("POST", "/webhook/robot-events", "400", "CLIENT_ERROR", "none", WebhookRouteKind.ClientError, 0.003, LogNormal.FromMedianAndP95(0.004, 0.012)),
        new("POST", "/webhook/robot-events", "500", "SERVER_ERROR", "RedisCommandTimeoutException", WebhookRouteKind.ServerError, 0.5, LogNormal.FromMedianAndP95(0.25, 1.2)),
        new("POST", "/webhook/telemetry", "503", "SERVER_ERROR", "none", WebhookRouteKind.ServerError, 0.3, LogNormal.FromMedianAndP95(0.2, 0.9)),
        new("POST", "/webhook/commands/ack", "500", "SERVER_ERROR", "TimeoutException", WebhookRouteKind.ServerError, 0.2, LogNormal.FromMedianAndP95(0.3, 1.5)),
        new("GET", "/actuator/health", "200", "SUCCESS", "none", WebhookRouteKind.Probe, 1, LogNormal.FromMedianAndP95(0.002, 0.005)),
    ];

    private readonly FleetState _fleet;
    private readonly Func<int> _podCount;
    private readonly string _pod;
    private readonly HistogramAccumulator[] _histograms;

    public WebhookPodMetrics(DateTimeOffset start, FleetState fleet, Func<int> podCount, string pod)
        : base(start)
    {
        _fleet = fleet;
        _podCount = podCount;
        _pod = pod;
        _histograms = Routes.Select(_ => new HistogramAccumulator(Buckets)).ToArray();
    }

    /// <summary>Requests per second this pod serves: the fleet's traffic shared by the pods.</summary>
    public double RequestRate(DateTimeOffset at) =>
        _fleet.WebhookRequestRate(at) / Math.Max(1, _podCount()) * (1 + (0.03 * _fleet.Noise.Smooth("pod-" + _pod, at)));

    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        _fleet.AdvanceTo(now);
        AdvanceTo(now);
        lock (Gate)
        {
            var incident = _fleet.IsActive(ScenarioNames.WebhookErrors);

            writer.Family(Requests, MetricType.Histogram, "Duration of HTTP server request handling");
            for (var i = 0; i < Routes.Length; i++)
            {
                _histograms[i].Write(writer, Requests, Routes[i].Labels);
            }

            writer.Family(Requests + "_max", MetricType.Gauge, "Duration of HTTP server request handling");
            for (var i = 0; i < Routes.Length; i++)
            {
                var latency = Latency(Routes[i], incident);
                var max = latency.Quantile(3.1) * (1 + (0.1 * _fleet.Noise.Jitter()));
                writer.Sample(Requests + "_max", Routes[i].Labels, Math.Round(max, 6));
            }

            var load = RequestRate(now) / 400;
            var ramp = CapacityRamp.Progress(_fleet.Scenarios, ScenarioNames.CapacityWebhookCpu, now) * CpuRampSpan;
            var cpu = 0.06 + (0.3 * load) + (incident ? 0.15 : 0) + ramp + (0.03 * _fleet.Noise.Smooth("cpu-" + _pod, now));
            writer.Family("process_cpu_usage", MetricType.Gauge, "The \"recent cpu usage\" for the Java Virtual Machine process");
            writer.Sample("process_cpu_usage", Math.Round(Math.Clamp(cpu, 0.01, 1), 6));

            WriteMemory(writer, now);
        }
    }

    protected override void Step(DateTimeOffset at, double seconds)
    {
        var incident = _fleet.IsActive(ScenarioNames.WebhookErrors);
        var rate = RequestRate(at);
        var serverErrorRatio = incident ? IncidentServerErrorRatio
            : _fleet.IsActive(ScenarioNames.SloFastBurn) ? FastBurnServerErrorRatio
            : _fleet.IsActive(ScenarioNames.SloSlowBurn) ? SlowBurnServerErrorRatio
            : NormalServerErrorRatio;
        for (var i = 0; i < Routes.Length; i++)
        {
            var route = Routes[i];
            var routeRate = route.Kind switch
            {
                WebhookRouteKind.Probe => HealthProbesPerSecond,
                WebhookRouteKind.ServerError => rate * serverErrorRatio * route.Share,
                _ => rate * (1 - serverErrorRatio) * route.Share,
            };
            _histograms[i].Observe(routeRate * seconds, Latency(route, incident));
        }
    }

    private static LogNormal Latency(WebhookRoute route, bool incident) =>
        incident && route.Kind != WebhookRouteKind.Probe ? route.Latency.Scaled(3) : route.Latency;

    private void WriteMemory(ExpositionWriter writer, DateTimeOffset now)
    {
        // Eden fills and empties with each young collection, faster under load.
        var seconds = now.ToUnixTimeMilliseconds() / 1000.0;
        var period = 40 / Math.Max(0.25, RequestRate(now) / 300);
        var edenFill = seconds / period % 1;

        writer.Family("jvm_memory_used_bytes", MetricType.Gauge, "The amount of used memory");
        WriteMemoryPool(writer, "heap", "G1 Eden Space", (40 + (360 * edenFill)) * MiB);
        WriteMemoryPool(writer, "heap", "G1 Old Gen", (620 + (120 * _fleet.Noise.Smooth("old-" + _pod, now))) * MiB);
        WriteMemoryPool(writer, "heap", "G1 Survivor Space", (24 + (6 * _fleet.Noise.Smooth("survivor-" + _pod, now))) * MiB);
        WriteMemoryPool(writer, "nonheap", "Metaspace", 146.5 * MiB);
        WriteMemoryPool(writer, "nonheap", "CodeHeap 'profiled nmethods'", (38 + (2 * _fleet.Noise.Smooth("code-" + _pod, now))) * MiB);
        WriteMemoryPool(writer, "nonheap", "CodeHeap 'non-profiled nmethods'", 17.2 * MiB);
        WriteMemoryPool(writer, "nonheap", "Compressed Class Space", 18.4 * MiB);
    }

    private static void WriteMemoryPool(ExpositionWriter writer, string area, string id, double bytes) =>
        writer.Sample("jvm_memory_used_bytes", [new("area", area), new("id", id)], Math.Round(bytes));
}
