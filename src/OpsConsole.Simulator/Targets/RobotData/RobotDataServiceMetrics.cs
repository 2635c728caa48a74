using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Targets.RobotData;

/// <summary>The robot data service: fleet size, commands and their failures, battery, registrations, metadata sync.</summary>
internal sealed class RobotDataServiceMetrics : SteppedState, IMetricsProducer
{
    private static readonly (string Name, double Share, double FailureRatio)[] CommandTypes =
    [
        ("move", 0.45, 0.005),
        ("dock", 0.12, 0.004),
        ("charge", 0.15, 0.003),
        ("pick", 0.25, 0.008),
        ("firmware_update", 0.03, 0.025),
    ];

    private static readonly string[] BatteryBands = ["0-20", "20-40", "40-60", "60-80", "80-100"];
    private static readonly double[] SyncBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly LogNormal SyncLatency = LogNormal.FromMedianAndP95(0.04, 0.15);

    private readonly FleetState _fleet;
    private readonly double[,] _commands;
    private readonly double[,] _failures;
    private readonly double[] _registrationAttempts;
    private readonly double[] _registrationSuccesses;
    private readonly HistogramAccumulator[] _syncLatency;

    public RobotDataServiceMetrics(DateTimeOffset start, FleetState fleet)
        : base(start)
    {
        _fleet = fleet;
        var regions = Regions.All.Count;
        _commands = new double[regions, CommandTypes.Length];
        _failures = new double[regions, CommandTypes.Length];
        _registrationAttempts = new double[regions];
        _registrationSuccesses = new double[regions];
        _syncLatency = Enumerable.Range(0, regions).Select(_ => new HistogramAccumulator(SyncBuckets)).ToArray();
    }

    public void Write(ExpositionWriter writer, DateTimeOffset now)
    {
        _fleet.AdvanceTo(now);
        AdvanceTo(now);
        lock (Gate)
        {
            WriteFleet(writer, now);
            WriteCommands(writer);
            WriteBattery(writer, now);
            WriteRegistrations(writer);

            writer.Family("robot_metadata_sync_latency_seconds", MetricType.Histogram, "Latency of robot metadata synchronisation.");
            for (var r = 0; r < Regions.All.Count; r++)
            {
                _syncLatency[r].Write(writer, "robot_metadata_sync_latency_seconds", [new("region", Regions.All[r].Name)]);
            }
        }
    }

    protected override void Step(DateTimeOffset at, double seconds)
    {
        var spike = _fleet.IsActive(ScenarioNames.CommandFailureSpike);
        var growing = _fleet.IsActive(ScenarioNames.FleetGrowth);
        for (var r = 0; r < Regions.All.Count; r++)
        {
            var commandRate = _fleet.CommandRate(r, at);
            for (var c = 0; c < CommandTypes.Length; c++)
            {
                var sent = commandRate * CommandTypes[c].Share * seconds;
                var ratio = spike ? 0.25 : CommandTypes[c].FailureRatio * (1 + (0.3 * _fleet.Noise.Smooth($"fail-{r}-{c}", at)));
                _commands[r, c] += sent;
                _failures[r, c] += sent * ratio;
            }

            // Reconnecting robots re-register; during growth new robots register on top.
            var online = _fleet.Online(r, at);
            var attempts = (online * 0.0004) + (growing ? online * 0.002 : 0);
            _registrationAttempts[r] += attempts * seconds;
            _registrationSuccesses[r] += attempts * (0.985 + (0.01 * _fleet.Noise.Smooth("reg-" + r, at))) * seconds;

            var syncs = online * 0.01 * seconds;
            _syncLatency[r].Observe(syncs, SyncLatency.Scaled(1 + (0.2 * _fleet.Noise.Smooth("sync-" + r, at))));
        }
    }

    private void WriteFleet(ExpositionWriter writer, DateTimeOffset now)
    {
        writer.Family("robot_online_count", MetricType.Gauge, "Robots connected now.");
        for (var r = 0; r < Regions.All.Count; r++)
        {
            writer.Sample("robot_online_count", [new("region", Regions.All[r].Name)], _fleet.Online(r, now));
        }

        writer.Family("robot_registered_count", MetricType.Gauge, "Robots registered in total.");
        for (var r = 0; r < Regions.All.Count; r++)
        {
            writer.Sample("robot_registered_count", [new("region", Regions.All[r].Name)], _fleet.Registered(r, now));
        }
    }

    private void WriteCommands(ExpositionWriter writer)
    {
        writer.Family("robot_commands_total", MetricType.Counter, "Commands sent to robots.");
        WritePerCommand(writer, "robot_commands_total", _commands);
        writer.Family("robot_command_failures_total", MetricType.Counter, "Commands that failed.");
        WritePerCommand(writer, "robot_command_failures_total", _failures);
    }

    private static void WritePerCommand(ExpositionWriter writer, string name, double[,] values)
    {
        for (var r = 0; r < Regions.All.Count; r++)
        {
            for (var c = 0; c < CommandTypes.Length; c++)
            {
                writer.Sample(name, [new("region", Regions.All[r].Name), new("command_type", CommandTypes[c].Name)], Math.Floor(values[r, c]));
            }
        }
    }

    private void WriteBattery(ExpositionWriter writer, DateTimeOffset now)
    {
        writer.Family("robot_battery_level_robots", MetricType.Gauge, "Online robots per battery band.");
        Span<double> shares = stackalloc double[BatteryBands.Length];
        for (var r = 0; r < Regions.All.Count; r++)
        {
            // Robots charge at night: the full bands grow as activity falls.
            var activity = DailyCycle.Activity(now);
            shares[0] = 0.03 + (0.04 * activity);
            shares[1] = 0.08 + (0.07 * activity);
            shares[2] = 0.20 + (0.05 * activity);
            shares[3] = 0.30;
            shares[4] = 0.39 - (0.16 * activity);
            for (var b = 0; b < shares.Length; b++)
            {
                shares[b] *= 1 + (0.08 * _fleet.Noise.Smooth($"battery-{r}-{b}", now));
            }

            var counts = Apportion(_fleet.Online(r, now), shares);
            for (var b = 0; b < BatteryBands.Length; b++)
            {
                writer.Sample("robot_battery_level_robots", [new("region", Regions.All[r].Name), new("band", BatteryBands[b])], counts[b]);
            }
        }
    }

    private void WriteRegistrations(ExpositionWriter writer)
    {
        writer.Family("robot_registration_attempts_total", MetricType.Counter, "Robot registration attempts.");
        for (var r = 0; r < Regions.All.Count; r++)
        {
            writer.Sample("robot_registration_attempts_total", [new("region", Regions.All[r].Name)], Math.Floor(_registrationAttempts[r]));
        }

        writer.Family("robot_registration_success_total", MetricType.Counter, "Successful robot registrations.");
        for (var r = 0; r < Regions.All.Count; r++)
        {
            writer.Sample("robot_registration_success_total", [new("region", Regions.All[r].Name)], Math.Floor(_registrationSuccesses[r]));
        }
    }

    /// <summary>Splits a whole number by shares so the parts are whole and add up exactly (largest remainder).</summary>
    private static double[] Apportion(double total, ReadOnlySpan<double> shares)
    {
        var sum = 0.0;
        foreach (var share in shares)
        {
            sum += share;
        }

        var counts = new double[shares.Length];
        var remainders = new (double Remainder, int Index)[shares.Length];
        var assigned = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            var exact = total * shares[i] / sum;
            counts[i] = Math.Floor(exact);
            assigned += counts[i];
            remainders[i] = (exact - counts[i], i);
        }

        Array.Sort(remainders, (a, b) => b.Remainder.CompareTo(a.Remainder));
        for (var i = 0; assigned < total && i < remainders.Length; i++, assigned++)
        {
            counts[remainders[i].Index]++;
        }

        return counts;
    }
}
