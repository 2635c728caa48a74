namespace OpsConsole.Simulator.Targets.Flink;

/// <summary>The one Flink job of the fleet and its operators.</summary>
internal static class FlinkJob
{
    public const string Name = "robot-event-aggregation";
    public const int Parallelism = 4;

    // Flink's reporter replaces characters Prometheus dislikes with underscores, hence the odd names.
    public const string SourceTask = "Source:_Kafka_robot_events";
    public const string WindowTask = "Window_TumblingEventTimeWindows_60000_";
    public const string WindowOperator = "robot_event_window";
    public const string SinkTask = "Sink:_robot_stats_sink";
}
