using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests;

/// <summary>
/// Every metric family the boards and rules read is really in Prometheus when it scrapes the simulator and the real
/// redis_exporter through the repository's local configuration (recorded names included).
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class MetricFamilyCoverageTests(FleetFixture fleet)
{
    public static TheoryData<string, string> Families => new()
    {
        { "robot-data-service", "robot_online_count" },
        { "robot-data-service", "robot_registered_count" },
        { "robot-data-service", "robot_commands_total" },
        { "robot-data-service", "robot_command_failures_total" },
        { "robot-data-service", "robot_battery_level_robots" },
        { "robot-data-service", "robot_registration_attempts_total" },
        { "robot-data-service", "robot_registration_success_total" },
        { "robot-data-service", "robot_metadata_sync_latency_seconds_bucket" },
        { "webhook-service", "http_server_requests_seconds_bucket" },
        { "webhook-service", "http_server_requests_seconds_count" },
        { "webhook-service", "http_server_requests_seconds_sum" },
        { "webhook-service", "http_server_requests_seconds_max" },
        { "webhook-service", "http_request_duration_seconds_sum" },
        { "flink", "flink_jobmanager_job_lastCheckpointDuration" },
        { "flink", "flink_jobmanager_job_lastCheckpointSize" },
        { "flink", "flink_jobmanager_job_numberOfCompletedCheckpoints" },
        { "flink", "flink_jobmanager_job_numberOfFailedCheckpoints" },
        { "flink", "flink_job_last_checkpoint_duration_seconds" },
        { "flink", "flink_taskmanager_Status_JVM_CPU_Load" },
        { "flink", "flink_taskmanager_cpu" },
        { "flink", "flink_taskmanager_job_task_operator_numRecordsInPerSecond" },
        { "flink", "flink_taskmanager_job_task_operator_numRecordsOutPerSecond" },
        { "flink", "flink_taskmanager_job_task_operator_currentEmitEventTimeLag" },
        { "flink", "flink_taskmanager_job_task_operator_rocksdb_estimate_live_data_size" },
        { "flink", "flink_taskmanager_job_task_operator_rocksdb_total_sst_files_size" },
        { "flink", "flink_taskmanager_job_task_operator_rocksdb_estimate_pending_compaction_bytes" },
        { "kafka", "kafka_consumergroup_lag" },
        { "kafka", "kafka_consumer_lag_offset" },
        { "kafka", "kafka_consumergroup_current_offset" },
        { "kafka", "kafka_topic_partition_current_offset" },
        { "kafka", "kafka_topic_partition_leader" },
        { "kafka", "kafka_server_brokertopicmetrics_bytesin_total" },
        { "kafka", "kafka_log_log_size" },
        { "kafka", "kafka_topic_bytes_in" },
        { "kafka", "kafka_server_replicamanager_leadercount" },
        { "redis", "redis_up" },
        { "redis", "redis_memory_used_bytes" },
        { "redis", "redis_mem_fragmentation_ratio" },
        { "redis", "redis_memory_fragmentation_ratio" },
        { "redis", "redis_keyspace_hits_total" },
        { "redis", "redis_keyspace_misses_total" },
        { "redis", "redis_db_keys" },
        { "redis", "redis_evicted_keys_total" },
        { "redis", "redis_connected_clients" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Metric_family_is_in_Prometheus(string service, string family)
    {
        // Rate-based recordings need two scrapes and an evaluation before they exist. The wait is the assertion: it
        // fails with the family's name when Prometheus never holds a series of it.
        await Eventually.Until(async ct =>
        {
            var result = await fleet.Metrics.QueryAsync($"count({{__name__=\"{family}\"}})", null, ct);
            return result.Value is [{ Point.Value: > 0 }];
        }, TimeSpan.FromSeconds(90), $"a series of {family} ({service}) in Prometheus", TestContext.Current.CancellationToken);
    }
}
