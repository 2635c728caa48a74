namespace OpsConsole.Simulator.Hosting;

/// <summary>One scrape target the simulator serves.</summary>
/// <param name="Job">Prometheus job name, e.g. "webhook-service".</param>
/// <param name="Instance">host:port, what Prometheus puts in the instance label.</param>
/// <param name="MetricsPath">The path Prometheus scrapes.</param>
/// <param name="Labels">Target labels published through file_sd (service, pod, and __metrics_path__ when not /metrics).</param>
public sealed record SimulatedTarget(string Job, string Instance, string MetricsPath, IReadOnlyDictionary<string, string> Labels)
{
    public string Pod => Labels.TryGetValue(TargetLabels.Pod, out var pod) ? pod : string.Empty;

    public Uri MetricsUrl => new($"http://{Instance}{MetricsPath}");
}
