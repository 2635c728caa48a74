using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Fleet;

public sealed class ExpositionValidityTests
{
    [Fact]
    public void Every_target_serves_well_formed_exposition_with_help_and_type_for_every_family()
    {
        var fleet = new FleetHarness();
        fleet.Run(TimeSpan.FromMinutes(5));

        foreach (var (target, text) in fleet.ScrapeEach())
        {
            var parsed = ExpositionParser.Parse(text);

            Assert.NotEmpty(parsed.Families);
            Assert.All(parsed.Families.Values, f => Assert.False(string.IsNullOrWhiteSpace(f.Help), $"{target.Job}: {f.Name} has no HELP"));
            Assert.All(parsed.Families.Values, f => Assert.NotEqual("untyped", f.Type));
            Assert.All(parsed.Samples, s => Assert.True(double.IsFinite(s.Value), $"{target.Job}: {s.Key} is {s.Value}"));
        }
    }

    [Fact]
    public void Exposition_stays_well_formed_with_every_scenario_on()
    {
        var fleet = new FleetHarness();
        foreach (var scenario in ScenarioCatalog.All)
        {
            fleet.Scenarios.Activate(scenario.Name);
        }

        fleet.Run(TimeSpan.FromMinutes(20));

        foreach (var (_, text) in fleet.ScrapeEach())
        {
            Assert.All(ExpositionParser.Parse(text).Samples, s => Assert.True(double.IsFinite(s.Value) && s.Value >= 0, s.Key));
        }
    }

    [Fact]
    public void Every_metric_family_of_the_catalogue_is_served_by_its_job_with_its_labels()
    {
        var fleet = new FleetHarness();
        var entries = MetricCatalogue.Entries();
        Assert.True(entries.Count >= 30, $"Only {entries.Count} catalogue rows were read; the METRICS.md table format changed?");

        foreach (var entry in entries)
        {
            var served = ParsedExposition.Merge(entry.Jobs.Select(fleet.Scrape));
            Assert.True(served.Families.TryGetValue(entry.Name, out var family), $"{entry.Name} is not served by {string.Join("/", entry.Jobs)}");
            Assert.StartsWith(family.Type, entry.Type, StringComparison.Ordinal);
            Assert.NotEmpty(family.Samples);
            foreach (var sample in family.Samples)
            {
                var labels = sample.Labels.Keys.Where(k => k != "le").ToHashSet();
                Assert.True(labels.SetEquals(entry.Labels), $"{sample.Key}: catalogue says labels [{string.Join(", ", entry.Labels)}]");
            }
        }
    }
}
