using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Targets.Flink;

/// <summary>The Flink JobManager: checkpoint statistics and uptime of the aggregation job.</summary>
internal sealed class FlinkJobManagerMetrics : SteppedState, IMetricsProducer
{
    private const double GiB = 1024d * 1024 * 1024;
    private const double SlowCheckpointMs = 150_000;

    private readonly FleetState _fleet;
    private readonly DateTimeOffset _jobStart;
    private double _completed;
    private double _failed;
    private double _lastDurationMs;
    private double _lastSizeBytes;

    public FlinkJobManagerMetrics(DateTimeOffset start, FleetState fleet)
        : base(start)
    {
        _fleet = fleet;
        _jobStart = start - TimeSpan.FromHours(70 + (20 * fleet.Noise.Jitter()));
        _completed = Math.Floor((start - _jobStart).TotalMinutes);
        _failed = 3;
        RecordCheckpoint(start, slow: false);
    }

    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        _fleet.AdvanceTo(now);
        AdvanceTo(now);
        lock (Gate)
        {
            ShowSlowdownAtOnce(now, _fleet.IsActive(ScenarioNames.CheckpointSlowdown));
            Label[] job = [new("job_name", FlinkJob.Name)];
            WriteJobGauge(writer, "flink_jobmanager_job_lastCheckpointDuration", "Duration of the last completed checkpoint in milliseconds.", job, _lastDurationMs);
            WriteJobGauge(writer, "flink_jobmanager_job_lastCheckpointSize", "Size of the last completed checkpoint in bytes.", job, _lastSizeBytes);
            WriteJobGauge(writer, "flink_jobmanager_job_numberOfCompletedCheckpoints", "Number of successfully completed checkpoints.", job, Math.Floor(_completed));
            WriteJobGauge(writer, "flink_jobmanager_job_numberOfFailedCheckpoints", "Number of failed checkpoints.", job, Math.Floor(_failed));
            WriteJobGauge(writer, "flink_jobmanager_job_uptime", "Time the job has been running in milliseconds.", job, Math.Floor((now - _jobStart).TotalMilliseconds));

            writer.Family("flink_jobmanager_numRunningJobs", MetricType.Gauge, "Number of running jobs.");
            writer.Sample("flink_jobmanager_numRunningJobs", 1);
        }
    }

    protected override void Step(DateTimeOffset at, double seconds)
    {
        var slow = _fleet.IsActive(ScenarioNames.CheckpointSlowdown);

        ShowSlowdownAtOnce(at, slow);
        var before = Math.Floor(_completed);

        // One checkpoint a minute normally; a slow one every ~3.5 minutes with a failure every ~5.
        _completed += seconds / (slow ? 210 : 60);
        _failed += seconds / (slow ? 300 : 6 * 3600);
        if (Math.Floor(_completed) > before)
        {
            RecordCheckpoint(at, slow);
        }
    }

    // The incident shows at the next scrape: the checkpoint that just finished was already a slow one.
    private void ShowSlowdownAtOnce(DateTimeOffset at, bool slow)
    {
        if (slow && _lastDurationMs < SlowCheckpointMs)
        {
            _completed += 1;
            RecordCheckpoint(at, slow);
        }
    }

    private void RecordCheckpoint(DateTimeOffset at, bool slow)
    {
        var noise = _fleet.Noise;
        _lastDurationMs = Math.Round(slow
            ? 200_000 + (40_000 * noise.Jitter())
            : 9_500 + (3_500 * noise.Smooth("checkpoint-duration", at)) + (1_500 * noise.Jitter()));
        var size = (3.1 + (0.4 * DailyCycle.Activity(at)) + (0.15 * noise.Smooth("checkpoint-size", at))) * GiB;
        _lastSizeBytes = Math.Round(size * (slow ? 1.6 : 1));
    }

    private static void WriteJobGauge(ExpositionWriter writer, string name, string help, ReadOnlySpan<Label> labels, double value)
    {
        writer.Family(name, MetricType.Gauge, help);
        writer.Sample(name, labels, value);
    }
}
