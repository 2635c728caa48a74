namespace OpsConsole.Core.Tests.Capacity;

/// <summary>Capacity files for tests, in the shape of deploy/capacity/triggers.yaml.</summary>
internal static class CapacityYaml
{
    public static string Trigger(string id, string expr = "flink_taskmanager_cpu", double threshold = 0.7, string sustain = "5m", string? service = "flink") =>
        $"""
          - id: {id}
            alert: Alert{id.Replace("-", string.Empty, StringComparison.Ordinal)}
            name:
              zh-CN: {id}
              en: {id}
        {(service is null ? string.Empty : $"    service: {service}\n")}    severity: info
            expr: {expr}
            unit: percentunit
            threshold: {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}
            sustain: {sustain}
            action:
              kind: hpa
              target: autoscaling/v2 CPU
            summary: 'CPU high'
            description: 'CPU above the threshold.'
        """;

    public static string File(params string[] triggers) => "triggers:\n" + string.Join("\n", triggers) + "\n";
}
