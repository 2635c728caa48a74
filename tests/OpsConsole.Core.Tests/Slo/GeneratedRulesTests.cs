using OpsConsole.Core.Capacity;
using OpsConsole.Core.Slo;
using OpsConsole.Core.Tests.Boards;

namespace OpsConsole.Core.Tests.Slo;

public sealed class GeneratedRulesTests
{
    private static string Deploy(params string[] parts) => Path.Combine([RepositoryFolders.Root, "deploy", .. parts]);

    [Fact]
    public async Task The_committed_rule_files_equal_what_the_generator_makes()
    {
        var rules = await GeneratedRules.FromAsync(Deploy("slo"), Deploy("capacity"), CancellationToken.None);

        Assert.Empty(rules.Errors);
        Assert.Equal([CapacityRuleGenerator.AlertsFile, SloRuleGenerator.AlertsFile, SloRuleGenerator.RecordingFile], rules.Files.Keys.Order(StringComparer.Ordinal));
        var stale = rules.Stale(Deploy("prometheus", "rules"));
        Assert.True(stale.Count == 0,
            "These generated rule files differ from the definition files; run `dotnet run --project src/OpsConsole.Web -- --generate-rules`: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_slo_gets_a_page_and_a_ticket_alert_with_the_workbook_windows_and_the_traffic_guard()
    {
        var slo = SloFileLoader.Parse("w.yaml", """
            id: webhook-availability
            name: {zh-CN: 可用性, en: Availability}
            service: webhook-service
            objective: 99.95
            window: 30d
            indicator:
              good: http_server_requests_seconds_bucket{le="0.5"}
              total: http_server_requests_seconds_count
            minimum_traffic: 1
            """).Slo!;

        var alerts = SloRuleGenerator.Alerts([slo]);
        var recording = SloRuleGenerator.Recording([slo]);

        Assert.Contains("- alert: WebhookAvailabilityBudgetBurnPage", alerts, StringComparison.Ordinal);
        Assert.Contains("- alert: WebhookAvailabilityBudgetBurnTicket", alerts, StringComparison.Ordinal);
        foreach (var (window, factor) in new[] { ("1h", "14.4"), ("5m", "14.4"), ("6h", "6"), ("30m", "6"), ("1d", "3"), ("2h", "3"), ("3d", "1"), ("6h", "1") })
        {
            Assert.Contains($"slo:sli_error:ratio_rate{window}{{slo=\"webhook-availability\"}} / 0.0005 > {factor}", alerts, StringComparison.Ordinal);
        }
        Assert.Contains("slo:sli_requests:rate1h{slo=\"webhook-availability\"} >= 1", alerts, StringComparison.Ordinal);
        Assert.Contains("- record: slo:sli_error:ratio_rate30d", recording, StringComparison.Ordinal);
        Assert.Contains("clamp_min(slo:sli_requests:rate5m{slo=\"webhook-availability\"}, 1e-12)", recording, StringComparison.Ordinal);
        Assert.Contains("1 - slo:sli_error:ratio_rate30d{slo=\"webhook-availability\"} / 0.0005", recording, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_definition_file_stops_the_generator_with_its_errors()
    {
        using var slo = new TempBoardFolder();
        using var capacity = new TempBoardFolder();
        slo.Write("bad.yaml", "id: x\nobjective: 200\n");

        var rules = await GeneratedRules.FromAsync(slo.Path, capacity.Path, CancellationToken.None);

        Assert.Empty(rules.Files);
        Assert.Contains(rules.Errors, e => e.File == "bad.yaml" && e.Field == "objective");
    }

    [Fact]
    public async Task The_capacity_file_holds_the_seeds_three_triggers_and_the_obvious_others()
    {
        var files = await CapacityFileLoader.LoadDirectoryAsync(Deploy("capacity"), CancellationToken.None);

        var triggers = Assert.Single(files).Triggers;
        Assert.Equal(
            ["flink-taskmanager-cpu", "kafka-partition-bytes-in", "robot-online-growth", "redis-memory", "kafka-disk", "webhook-pod-cpu"],
            triggers.Select(t => t.Id));
        var cpu = triggers[0];
        Assert.Equal((0.7, TimeSpan.FromMinutes(5), CapacityActionKind.Hpa), (cpu.Threshold, cpu.Sustain, cpu.Action.Kind));
        Assert.Equal("flink_taskmanager_cpu > 0.7", CapacityRuleGenerator.Condition(cpu));
    }

    [Fact]
    public void A_capacity_file_error_names_the_trigger_and_field()
    {
        var result = CapacityFileLoader.Parse("cap.yaml", """
            triggers:
              - id: cpu
                alert: CpuHigh
                name: {zh-CN: CPU, en: CPU}
                severity: urgent
                expr: process_cpu_usage
                threshold: 0.8
                sustain: 5 minutes
                action: {kind: hpa, target: autoscaling/v2}
                summary: s
                description: d
            """);

        Assert.Empty(result.Triggers);
        var lines = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("cap.yaml:5:15 triggers[0].severity: unknown severity \"urgent\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("cap.yaml:8:14 triggers[0].sustain: \"5 minutes\" is not a duration", StringComparison.Ordinal));
    }
}
