using OpsConsole.Core.Metrics;
using OpsConsole.Core.Slo;

namespace OpsConsole.Core.Tests.Slo;

public sealed class SloStatusReaderTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly SloDefinition Slo = SloFileLoader.Parse("a.yaml", SloCatalogTests.Valid("alpha")).Slo!;

    [Fact]
    public void Numbers_come_from_the_recording_series_and_the_forecast_divides_what_is_left_by_the_current_burn()
    {
        // 99.9 % over 30 d: a 0.1 % budget, 43.2 min of downtime. Half is left; the last hour burns at 3x.
        var status = Status(
            Sample(SloSeries.Requests(Slo.Window), 50),
            Sample(SloSeries.ErrorRatio(Slo.Window), 0.0005),
            Sample(SloSeries.Requests(TimeSpan.FromHours(1)), 50),
            Sample(SloSeries.ErrorRatio(TimeSpan.FromHours(1)), 0.003),
            Sample(SloSeries.Requests(TimeSpan.FromMinutes(5)), 50),
            Sample(SloSeries.ErrorRatio(TimeSpan.FromMinutes(5)), 0.003),
            Sample(SloSeries.BudgetRemaining, 0.5));

        Assert.Equal(SloDataState.Ok, status.State);
        Assert.Equal(0.9995, status.Availability!.Value, 12);
        Assert.Equal(0.5, status.BudgetRemaining);
        Assert.Equal(21.6, status.BudgetRemainingTime!.Value.TotalMinutes, 6);
        Assert.Equal(3, status.CurrentBurn!.Value, 9);
        Assert.Equal(SloExhaustion.Later, status.Exhaustion);
        Assert.Equal(At + TimeSpan.FromDays(5), status.ExhaustedAt);
        Assert.False(status.Burns[0].Exceeded);
        // Windows without a series have no burn, rather than a made-up 0.
        Assert.Null(status.Burns[1].LongBurn);
    }

    [Fact]
    public void Zero_traffic_is_no_traffic_with_no_numbers_and_missing_series_are_no_data()
    {
        var idle = Status(
            Sample(SloSeries.Requests(Slo.Window), 0),
            Sample(SloSeries.ErrorRatio(Slo.Window), 0),
            Sample(SloSeries.BudgetRemaining, 1));

        Assert.Equal(SloDataState.NoTraffic, idle.State);
        Assert.Null(idle.BudgetRemaining);
        Assert.Null(idle.Availability);
        Assert.Equal(SloExhaustion.Unknown, idle.Exhaustion);
        Assert.Equal(SloDataState.NoData, Status().State);
    }

    [Fact]
    public void An_overspent_budget_is_exhausted_and_a_group_by_slo_shows_its_worst_group()
    {
        var status = Status(
            Sample(SloSeries.Requests(Slo.Window), 10, ("region", "east")),
            Sample(SloSeries.Requests(Slo.Window), 30, ("region", "west")),
            Sample(SloSeries.ErrorRatio(Slo.Window), 0.0001, ("region", "east")),
            Sample(SloSeries.ErrorRatio(Slo.Window), 0.002, ("region", "west")),
            Sample(SloSeries.BudgetRemaining, 0.9, ("region", "east")),
            Sample(SloSeries.BudgetRemaining, -1, ("region", "west")));

        Assert.Equal(-1, status.BudgetRemaining);
        Assert.Equal(0.998, status.Availability!.Value, 12);
        Assert.Equal(SloExhaustion.Exhausted, status.Exhaustion);
        Assert.Equal(TimeSpan.Zero, status.BudgetRemainingTime);
    }

    [Fact]
    public void The_selector_names_every_recorded_window_and_only_series_with_an_slo_label()
    {
        var selector = SloStatusReader.Selector([Slo]);

        Assert.StartsWith("{__name__=~\"", selector, StringComparison.Ordinal);
        Assert.EndsWith(",slo!=\"\"}", selector, StringComparison.Ordinal);
        foreach (var window in SloRuleGenerator.Windows(Slo))
        {
            Assert.Contains(SloSeries.Requests(window), selector, StringComparison.Ordinal);
            Assert.Contains(SloSeries.ErrorRatio(window), selector, StringComparison.Ordinal);
        }
        Assert.Contains(SloSeries.BudgetRemaining, selector, StringComparison.Ordinal);
    }

    private static SloStatus Status(params InstantSample[] samples) => SloStatusReader.Build([Slo], samples, At)[Slo.Id];

    private static InstantSample Sample(string series, double value, params (string Name, string Value)[] labels) =>
        new(new LabelSet(labels.Select(l => KeyValuePair.Create(l.Name, l.Value))
                .Append(KeyValuePair.Create("__name__", series))
                .Append(KeyValuePair.Create(SloSeries.SloLabel, Slo.Id))),
            new SamplePoint(At, value));
}
