using Microsoft.Extensions.Time.Testing;
using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Model;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Targets.Kafka;

namespace OpsConsole.Simulator.Tests.Support;

/// <summary>The simulator's targets without HTTP, on a fake clock: scrape, advance, scrape again.</summary>
internal sealed class FleetHarness
{
    // 06:00 UTC is 14:00 in China: the busy afternoon.
    public static readonly DateTimeOffset Afternoon = new(2025, 3, 12, 6, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<TargetSpec> _targets;

    public FleetHarness(int seed = 7, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? Afternoon);
        Scenarios = new ScenarioBoard(Clock);
        var fleet = new FleetState(Clock.GetUtcNow(), Scenarios, new NoiseSource(seed));
        var cluster = new KafkaClusterState(Clock.GetUtcNow(), fleet);
        _targets = new FleetLayout(Clock.GetUtcNow(), fleet, cluster, () => 3).Initial().ToList();
    }

    public FakeTimeProvider Clock { get; }

    public ScenarioBoard Scenarios { get; }

    public IEnumerable<string> Jobs => _targets.Select(t => t.Job).Distinct();

    public string RawScrape(TargetSpec target)
    {
        var writer = new ExpositionWriter();
        target.Producer.Write(writer, Clock.GetUtcNow());
        return writer.ToString();
    }

    public IEnumerable<(TargetSpec Target, string Text)> ScrapeEach() => _targets.Select(t => (t, RawScrape(t)));

    /// <summary>Every target of a job, parsed and merged (series differ by target through their own labels or not at all).</summary>
    public ParsedExposition Scrape(string job) =>
        ParsedExposition.Merge(_targets.Where(t => t.Job == job).Select(t => ExpositionParser.Parse(RawScrape(t))));

    public ParsedExposition ScrapeFirst(string job) => ExpositionParser.Parse(RawScrape(_targets.First(t => t.Job == job)));

    /// <summary>Advances the clock in scrape-sized steps, scraping every target each time as Prometheus would.</summary>
    public void Run(TimeSpan duration, TimeSpan? interval = null)
    {
        var step = interval ?? TimeSpan.FromSeconds(15);
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
        {
            Clock.Advance(step);
            foreach (var target in _targets)
            {
                RawScrape(target);
            }
        }
    }
}
