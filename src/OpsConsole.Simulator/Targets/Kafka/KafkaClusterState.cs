using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Targets.Kafka;

/// <summary>
/// Offsets, consumer positions and log sizes of the cluster, shared by kafka_exporter, the brokers and Flink
/// so every view of the pipeline agrees.
/// </summary>
internal sealed class KafkaClusterState : SteppedState
{
    private const string FlinkGroup = "flink-consumer";

    // While kafka-lag-buildup is on Flink keeps up with only 55% of the input; afterwards it drains at 160%.
    private const double BuildupShortfall = 0.45;
    private const double DrainSurplus = 0.6;

    // capacity-kafka-partition: one hot partition of robot-telemetry gains up to 12 MiB/s.
    private const int RampTopic = 1;
    private const int RampPartition = 3;
    private const double RampBytesPerSecond = 12 * 1024 * 1024;

    private readonly FleetState _fleet;
    private readonly int _topics = KafkaTopology.Topics.Count;
    private readonly double[] _partitionWeights;
    private readonly double[,] _produced;
    private readonly double[,] _logBytes;
    private readonly double[,] _bytesInByLeader;
    private readonly double[][,] _consumed;
    private readonly double[][,] _excessLag;

    public KafkaClusterState(DateTimeOffset start, FleetState fleet)
        : base(start)
    {
        _fleet = fleet;
        var partitions = KafkaTopology.PartitionsPerTopic;
        var noise = fleet.Noise;

        // A little key skew, so partition balance is worth a panel.
        _partitionWeights = Enumerable.Range(0, partitions).Select(_ => 1 + (0.08 * noise.Jitter())).ToArray();
        var weightSum = _partitionWeights.Sum();
        for (var p = 0; p < partitions; p++)
        {
            _partitionWeights[p] /= weightSum;
        }

        _produced = new double[_topics, partitions];
        _logBytes = new double[_topics, partitions];
        _bytesInByLeader = new double[KafkaTopology.BrokerIds.Count, _topics];
        for (var t = 0; t < _topics; t++)
        {
            for (var p = 0; p < partitions; p++)
            {
                _produced[t, p] = Math.Floor(400_000_000 + (300_000_000 * noise.Jitter()));
                _logBytes[t, p] = Math.Floor((3 + noise.Jitter()) * 1024 * 1024 * 1024);
            }
        }

        _consumed = new double[KafkaTopology.Groups.Count][,];
        _excessLag = new double[KafkaTopology.Groups.Count][,];
        for (var g = 0; g < KafkaTopology.Groups.Count; g++)
        {
            _consumed[g] = new double[_topics, partitions];
            _excessLag[g] = new double[_topics, partitions];
            foreach (var t in KafkaTopology.Groups[g].Topics)
            {
                for (var p = 0; p < partitions; p++)
                {
                    _consumed[g][t, p] = _produced[t, p] - 200;
                }
            }
        }
    }

    public FleetState Fleet => _fleet;

    /// <summary>Messages per second produced to one topic (all partitions).</summary>
    public double ProduceRate(int topic, DateTimeOffset at) => topic switch
    {
        0 => _fleet.WebhookRequestRate(at) * 0.55,
        1 => _fleet.WebhookRequestRate(at) * 0.35,
        _ => Enumerable.Range(0, Model.Regions.All.Count).Sum(r => _fleet.CommandRate(r, at)),
    };

    public double ProducedOffset(int topic, int partition)
    {
        lock (Gate)
        {
            return Math.Floor(_produced[topic, partition]);
        }
    }

    public double ConsumedOffset(int group, int topic, int partition)
    {
        lock (Gate)
        {
            return Math.Floor(_consumed[group][topic, partition]);
        }
    }

    public double Lag(int group, int topic, int partition)
    {
        lock (Gate)
        {
            return Math.Floor(_produced[topic, partition]) - Math.Floor(_consumed[group][topic, partition]);
        }
    }

    public double LogBytes(int topic, int partition)
    {
        lock (Gate)
        {
            return Math.Floor(_logBytes[topic, partition]);
        }
    }

    public double BytesIn(int brokerIndex, int topic)
    {
        lock (Gate)
        {
            return Math.Floor(_bytesInByLeader[brokerIndex, topic]);
        }
    }

    /// <summary>Messages per second Flink reads from its topics right now.</summary>
    public double FlinkConsumeRate(DateTimeOffset at)
    {
        var group = FlinkGroupIndex();
        var input = KafkaTopology.Groups[group].Topics.Sum(t => ProduceRate(t, at));
        if (_fleet.IsActive(ScenarioNames.KafkaLagBuildup))
        {
            return input * (1 - BuildupShortfall);
        }

        return TotalExcessLag(group) > 0 ? input * (1 + DrainSurplus) : input;
    }

    /// <summary>How far behind Flink is, in seconds of input.</summary>
    public double FlinkLagSeconds(DateTimeOffset at)
    {
        var group = FlinkGroupIndex();
        var input = KafkaTopology.Groups[group].Topics.Sum(t => ProduceRate(t, at));
        double lag = 0;
        lock (Gate)
        {
            foreach (var t in KafkaTopology.Groups[group].Topics)
            {
                for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
                {
                    lag += _produced[t, p] - _consumed[group][t, p];
                }
            }
        }

        return lag / Math.Max(1, input);
    }

    protected override void Step(DateTimeOffset at, double seconds)
    {
        var buildup = _fleet.IsActive(ScenarioNames.KafkaLagBuildup);
        for (var t = 0; t < _topics; t++)
        {
            var topicRate = ProduceRate(t, at);
            for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
            {
                var messages = topicRate * _partitionWeights[p] * seconds;
                var bytes = messages * KafkaTopology.Topics[t].AverageMessageBytes;
                if (t == RampTopic && p == RampPartition)
                {
                    bytes += CapacityRamp.Progress(_fleet.Scenarios, ScenarioNames.CapacityKafkaPartition, at) * RampBytesPerSecond * seconds;
                }
                _produced[t, p] += messages;
                _logBytes[t, p] += bytes;
                var leaderIndex = (p + t) % KafkaTopology.BrokerIds.Count;
                _bytesInByLeader[leaderIndex, t] += bytes;
            }
        }

        for (var g = 0; g < KafkaTopology.Groups.Count; g++)
        {
            var flink = KafkaTopology.Groups[g].Name == FlinkGroup;
            foreach (var t in KafkaTopology.Groups[g].Topics)
            {
                var topicRate = ProduceRate(t, at);
                for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
                {
                    var partitionRate = topicRate * _partitionWeights[p];
                    var excess = _excessLag[g][t, p];
                    excess = flink && buildup
                        ? excess + (partitionRate * BuildupShortfall * seconds)
                        : Math.Max(0, excess - (partitionRate * DrainSurplus * seconds));
                    _excessLag[g][t, p] = excess;

                    // A healthy consumer trails by a few seconds of input: lag in the hundreds. The wobble stays
                    // small (±10 %): a lag that swings by half within minutes fired KafkaConsumerLagGrowing at rest.
                    var healthyLagSeconds = 3 + (0.3 * _fleet.Noise.Smooth($"lag-{g}-{t}-{p}", at));
                    var target = _produced[t, p] - (partitionRate * healthyLagSeconds) - excess;

                    // A committed offset never goes back.
                    _consumed[g][t, p] = Math.Max(_consumed[g][t, p], Math.Min(target, _produced[t, p]));
                }
            }
        }
    }

    private static int FlinkGroupIndex()
    {
        for (var g = 0; g < KafkaTopology.Groups.Count; g++)
        {
            if (KafkaTopology.Groups[g].Name == FlinkGroup)
            {
                return g;
            }
        }

        throw new InvalidOperationException("The topology has no flink-consumer group.");
    }

    private double TotalExcessLag(int group)
    {
        lock (Gate)
        {
            var total = 0.0;
            foreach (var t in KafkaTopology.Groups[group].Topics)
            {
                for (var p = 0; p < KafkaTopology.PartitionsPerTopic; p++)
                {
                    total += _excessLag[group][t, p];
                }
            }

            return total;
        }
    }
}
