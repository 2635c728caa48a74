using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Model;

/// <summary>
/// The robot fleet every target agrees on: how many robots are registered and online per region, and the
/// traffic they cause (webhook requests, commands, Kafka messages).
/// </summary>
internal sealed class FleetState : SteppedState
{
    private const double BaseRegistered = 5_000;

    // fleet-growth: +30% every 10 minutes while on; robots drift away slowly once it is off.
    private static readonly double GrowthPerSecond = Math.Log(1.3) / 600;
    private const double MaxGrowth = 8;

    private readonly ScenarioBoard _scenarios;
    private readonly NoiseSource _noise;
    private readonly DateTimeOffset _start;
    private double _growth = 1;

    public FleetState(DateTimeOffset start, ScenarioBoard scenarios, NoiseSource noise)
        : base(start)
    {
        _start = start;
        _scenarios = scenarios;
        _noise = noise;
    }

    public ScenarioBoard Scenarios => _scenarios;

    public NoiseSource Noise => _noise;

    public double Growth
    {
        get
        {
            lock (Gate)
            {
                return _growth;
            }
        }
    }

    /// <summary>Registered robots in a region: the base fleet, a few new robots a day, and any growth.</summary>
    public double Registered(int region, DateTimeOffset at)
    {
        var days = Math.Max(0, (at - _start).TotalDays);
        return Math.Round(((BaseRegistered * Regions.All[region].Share) + (days * 4)) * Growth);
    }

    /// <summary>Online share: about 80% at night and 95% in the afternoon, China time.</summary>
    public double OnlineFraction(int region, DateTimeOffset at)
    {
        var fraction = 0.80 + (0.15 * DailyCycle.Activity(at)) + (0.012 * _noise.Smooth("online-" + region, at));
        return Math.Clamp(fraction, 0.5, 0.97);
    }

    public double Online(int region, DateTimeOffset at) => Math.Round(Registered(region, at) * OnlineFraction(region, at));

    public double TotalOnline(DateTimeOffset at)
    {
        var total = 0.0;
        for (var i = 0; i < Regions.All.Count; i++)
        {
            total += Online(i, at);
        }

        return total;
    }

    /// <summary>Webhook requests per second the whole fleet sends; ~600 at night to ~1,200 in the afternoon.</summary>
    public double WebhookRequestRate(DateTimeOffset at) =>
        TotalOnline(at) * (0.15 + (0.1 * DailyCycle.Activity(at))) * (1 + (0.04 * _noise.Smooth("webhook-rate", at)));

    /// <summary>Robot commands per second in a region.</summary>
    public double CommandRate(int region, DateTimeOffset at) =>
        Online(region, at) * 0.05 * (0.6 + (0.4 * DailyCycle.Activity(at))) * (1 + (0.05 * _noise.Smooth("commands-" + region, at)));

    public bool IsActive(string scenario) => _scenarios.IsActive(scenario);

    protected override void Step(DateTimeOffset at, double seconds)
    {
        if (_scenarios.IsActive(ScenarioNames.FleetGrowth))
        {
            _growth = Math.Min(MaxGrowth, _growth * Math.Exp(GrowthPerSecond * seconds));
        }
        else if (CapacityRamp.IsActive(_scenarios, ScenarioNames.CapacityRobotGrowth))
        {
            // The growth rate itself ramps up, so the 10-minute growth climbs in a line toward 30 %.
            var progress = CapacityRamp.Progress(_scenarios, ScenarioNames.CapacityRobotGrowth, at);
            _growth = Math.Min(MaxGrowth, _growth * Math.Exp(GrowthPerSecond * progress * seconds));
        }
        else if (_growth > 1)
        {
            _growth = Math.Max(1, _growth * Math.Exp(-GrowthPerSecond / 4 * seconds));
        }
    }
}
