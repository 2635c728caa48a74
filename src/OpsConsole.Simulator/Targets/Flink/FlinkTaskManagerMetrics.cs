using System.Globalization;
using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Targets.Kafka;

namespace OpsConsole.Simulator.Targets.Flink;

/// <summary>One Flink TaskManager: CPU, per-operator throughput, event-time lag and RocksDB state of its subtasks.</summary>
internal sealed class FlinkTaskManagerMetrics(KafkaClusterState cluster, int taskManagerIndex, string taskManagerId) : IMetricsProducer
{
    private const double MiB = 1024d * 1024;

    private static readonly (string Name, MetricType Type, string Help)[] RocksDbFamilies =
    [
        ("flink_taskmanager_job_task_operator_rocksdb_estimate_live_data_size", MetricType.Gauge, "Estimated size of live data in bytes."),
        ("flink_taskmanager_job_task_operator_rocksdb_total_sst_files_size", MetricType.Gauge, "Total size of all SST files in bytes."),
        ("flink_taskmanager_job_task_operator_rocksdb_estimate_pending_compaction_bytes", MetricType.Gauge, "Estimated bytes compaction needs to rewrite."),
        ("flink_taskmanager_job_task_operator_rocksdb_num_running_compactions", MetricType.Gauge, "Number of currently running compactions."),
    ];

    private readonly FleetState _fleet = cluster.Fleet;

    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        _fleet.AdvanceTo(now);
        cluster.AdvanceTo(now);
        var noise = _fleet.Noise;
        var backlog = _fleet.IsActive(ScenarioNames.KafkaLagBuildup);
        var slowCheckpoints = _fleet.IsActive(ScenarioNames.CheckpointSlowdown);
        var subtasks = Enumerable.Range(0, FlinkJob.Parallelism).Where(s => s % 2 == taskManagerIndex).ToArray();
        var perSubtaskIn = cluster.FlinkConsumeRate(now) / FlinkJob.Parallelism;

        var cpu = 0.3 + (0.25 * DailyCycle.Activity(now)) + (0.04 * noise.Smooth("tm-cpu-" + taskManagerId, now));
        cpu = backlog ? 0.93 + (0.03 * noise.Jitter()) : cpu + (slowCheckpoints ? 0.15 : 0);
        cpu += 0.4 * CapacityRamp.Progress(_fleet.Scenarios, ScenarioNames.CapacityFlinkCpu, now);
        writer.Family("flink_taskmanager_Status_JVM_CPU_Load", MetricType.Gauge, "Recent CPU load of the TaskManager JVM.");
        writer.Sample("flink_taskmanager_Status_JVM_CPU_Load", [new("tm_id", taskManagerId)], Math.Round(Math.Clamp(cpu, 0, 1), 4));

        writer.Family("flink_taskmanager_job_task_operator_numRecordsInPerSecond", MetricType.Gauge, "Records received per second.");
        ForEachOperator(writer, "flink_taskmanager_job_task_operator_numRecordsInPerSecond", subtasks, (op, s) => Throughput(op, s, perSubtaskIn, now).In);
        writer.Family("flink_taskmanager_job_task_operator_numRecordsOutPerSecond", MetricType.Gauge, "Records emitted per second.");
        ForEachOperator(writer, "flink_taskmanager_job_task_operator_numRecordsOutPerSecond", subtasks, (op, s) => Throughput(op, s, perSubtaskIn, now).Out);

        // Event-time lag is reported by the source: a couple of seconds, plus however far behind Kafka Flink is.
        var lagMs = 1_200 + (600 * noise.Smooth("emit-lag", now)) + (cluster.FlinkLagSeconds(now) * 1_000);
        writer.Family("flink_taskmanager_job_task_operator_currentEmitEventTimeLag", MetricType.Gauge, "Lag between event time and emit time in milliseconds.");
        foreach (var s in subtasks)
        {
            writer.Sample("flink_taskmanager_job_task_operator_currentEmitEventTimeLag", OperatorLabels(FlinkJob.SourceTask, FlinkJob.SourceTask, s), Math.Round(Math.Max(0, lagMs + (80 * noise.Jitter()))));
        }

        WriteRocksDb(writer, now, subtasks, slowCheckpoints);
    }

    private (double In, double Out) Throughput(string task, int subtask, double perSubtaskIn, DateTimeOffset now)
    {
        var skewed = perSubtaskIn * (1 + (0.05 * _fleet.Noise.Smooth($"subtask-{subtask}", now)));
        return task switch
        {
            FlinkJob.SourceTask => (Math.Round(skewed, 2), Math.Round(skewed, 2)),
            FlinkJob.WindowTask => (Math.Round(skewed, 2), Math.Round(skewed * 0.02, 2)),
            _ => (Math.Round(skewed * 0.02, 2), 0),
        };
    }

    private void ForEachOperator(ExpositionWriter writer, string name, int[] subtasks, Func<string, int, double> value)
    {
        foreach (var (task, op) in new[] { (FlinkJob.SourceTask, FlinkJob.SourceTask), (FlinkJob.WindowTask, FlinkJob.WindowOperator), (FlinkJob.SinkTask, FlinkJob.SinkTask) })
        {
            foreach (var s in subtasks)
            {
                writer.Sample(name, OperatorLabels(task, op, s), value(task, s));
            }
        }
    }

    private void WriteRocksDb(ExpositionWriter writer, DateTimeOffset now, int[] subtasks, bool slowCheckpoints)
    {
        var noise = _fleet.Noise;
        var values = new double[RocksDbFamilies.Length, subtasks.Length];
        for (var i = 0; i < subtasks.Length; i++)
        {
            var s = subtasks[i];
            var live = (780 + (90 * DailyCycle.Activity(now)) + (40 * noise.Smooth($"live-{s}", now))) * MiB;
            var pending = slowCheckpoints
                ? (1_400 + (300 * noise.Smooth($"pending-{s}", now))) * MiB
                : Math.Max(0, 30 + (60 * noise.Smooth($"pending-{s}", now))) * MiB;
            values[0, i] = Math.Round(live);
            values[1, i] = Math.Round((live * (slowCheckpoints ? 1.9 : 1.3)) + (pending / 2));
            values[2, i] = Math.Round(pending);
            values[3, i] = slowCheckpoints ? 3 + Math.Round(noise.Jitter()) : Math.Max(0, Math.Round(1.2 * noise.Smooth($"compactions-{s}", now)));
        }

        for (var f = 0; f < RocksDbFamilies.Length; f++)
        {
            var (name, type, help) = RocksDbFamilies[f];
            writer.Family(name, type, help);
            for (var i = 0; i < subtasks.Length; i++)
            {
                writer.Sample(name, OperatorLabels(FlinkJob.WindowTask, FlinkJob.WindowOperator, subtasks[i]), values[f, i]);
            }
        }
    }

    private Label[] OperatorLabels(string task, string op, int subtask) =>
    [
        new("job_name", FlinkJob.Name),
        new("operator_name", op),
        new("subtask_index", subtask.ToString(CultureInfo.InvariantCulture)),
        new("task_name", task),
        new("tm_id", taskManagerId),
    ];
}
