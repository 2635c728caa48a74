using OpsConsole.Core.Capacity;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Capacity;

public sealed class CapacityForecastTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly CapacityForecastOptions Options = new();
    private static readonly CapacityTrigger Trigger =
        CapacityFileLoader.Parse("t.yaml", CapacityYaml.File(CapacityYaml.Trigger("cpu"))).Triggers.Single();

    [Fact]
    public void No_series_is_no_data()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading([], [], Fit([], []), Fit([], [])), Options);

        Assert.Equal(CapacityStatus.NoData, status);
    }

    [Fact]
    public void Two_fits_that_agree_give_a_range_between_their_times_to_breach_and_no_warning()
    {
        // 0.5 now, threshold 0.7: 0.2 to go at 0.001/s is 200 s, at 0.0008/s 250 s.
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.5, "tm_id", "tm-1")], [],
            Fit([Sample(0.5, "tm_id", "tm-1")], [Sample(0.001, "tm_id", "tm-1")]),
            Fit([Sample(0.5, "tm_id", "tm-1")], [Sample(0.0008, "tm_id", "tm-1")])), Options);

        var worst = Assert.IsType<CapacitySeriesStatus>(status.Worst);
        Assert.Equal(CapacityBreach.Range, worst.Breach);
        Assert.Equal(200, worst.Earliest!.Value.TotalSeconds, 3);
        Assert.Equal(250, worst.Latest!.Value.TotalSeconds, 3);
        Assert.False(worst.NotLinear);
        Assert.Null(worst.AboveFor);
    }

    [Fact]
    public void Fits_more_than_the_factor_apart_are_not_linear()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.5)], [], Fit([Sample(0.5)], [Sample(0.001)]), Fit([Sample(0.5)], [Sample(0.0001)])), Options);

        var worst = status.Worst!;
        Assert.Equal(CapacityBreach.Range, worst.Breach);
        Assert.Equal(200, worst.Earliest!.Value.TotalSeconds, 3);
        Assert.Equal(2000, worst.Latest!.Value.TotalSeconds, 3);
        Assert.True(worst.NotLinear);
    }

    [Fact]
    public void One_fit_rising_and_the_other_falling_is_not_linear_and_keeps_the_rising_answer()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.5)], [], Fit([Sample(0.5)], [Sample(0.001)]), Fit([Sample(0.5)], [Sample(-0.0002)])), Options);

        Assert.Equal(CapacityBreach.Range, status.Worst!.Breach);
        Assert.Equal(status.Worst.Earliest, status.Worst.Latest);
        Assert.True(status.Worst.NotLinear);
    }

    [Fact]
    public void Flat_or_falling_in_both_fits_is_not_approaching_without_a_warning()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.5)], [], Fit([Sample(0.5)], [Sample(0)]), Fit([Sample(0.5)], [Sample(-0.001)])), Options);

        Assert.Equal(CapacityBreach.NotApproaching, status.Worst!.Breach);
        Assert.False(status.Worst.NotLinear);
    }

    [Fact]
    public void A_breach_past_the_horizon_is_beyond_it()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.5)], [], Fit([Sample(0.5)], [Sample(1e-9)]), Fit([Sample(0.5)], [Sample(1e-9)])), Options);

        Assert.Equal(CapacityBreach.BeyondHorizon, status.Worst!.Breach);
    }

    [Fact]
    public void Above_the_threshold_is_breached_for_as_long_as_the_rule_has_been_active()
    {
        // ALERTS_FOR_STATE carries the series' labels plus the rule's (service overridden by the trigger's own).
        var activeAt = Now - TimeSpan.FromMinutes(7);
        var alert = new InstantSample(Labels(("__name__", "ALERTS_FOR_STATE"), ("alertname", "Alertcpu"), ("severity", "info"),
            ("service", "flink"), ("category", "capacity"), ("trigger", "cpu"), ("hpa", "autoscaling/v2 CPU"), ("tm_id", "tm-2")),
            new SamplePoint(Now, activeAt.ToUnixTimeSeconds()));
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.6, "tm_id", "tm-1"), Sample(0.9, "tm_id", "tm-2", "service", "flink-tm")], [alert],
            Fit([], []), Fit([], [])), Options);

        Assert.Equal(2, status.SeriesCount);
        var worst = status.Worst!;
        Assert.Equal("tm-2", worst.Labels["tm_id"]);
        Assert.Equal(string.Empty, worst.Labels.MetricName);
        Assert.Equal(CapacityBreach.Breached, worst.Breach);
        Assert.Equal(TimeSpan.FromMinutes(7), worst.AboveFor);
    }

    [Fact]
    public void The_series_nearest_its_breach_is_the_one_shown()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading(
            [Sample(0.6, "tm_id", "a"), Sample(0.5, "tm_id", "b")], [],
            Fit([Sample(0.6, "tm_id", "a"), Sample(0.5, "tm_id", "b")], [Sample(0.0001, "tm_id", "a"), Sample(0.01, "tm_id", "b")]),
            Fit([], [])), Options);

        Assert.Equal("b", status.Worst!.Labels["tm_id"]);
        Assert.Equal(20, status.Worst.Earliest!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void A_series_without_fits_yet_is_unknown()
    {
        var status = CapacityForecast.Evaluate(Trigger, Reading([Sample(0.5)], [], Fit([], []), Fit([], [])), Options);

        Assert.Equal(CapacityBreach.Unknown, status.Worst!.Breach);
    }

    [Fact]
    public void Queries_escape_label_values_and_fit_the_expression_over_both_lookbacks()
    {
        var trigger = Trigger with { Alert = "Odd\"Name\\", Expr = "a / b" };

        var queries = CapacityQueries.For(trigger, Options);

        Assert.Equal("ALERTS_FOR_STATE{alertname=\"Odd\\\"Name\\\\\", trigger=\"cpu\"}", queries.ActiveSince);
        Assert.Equal("predict_linear((a / b)[15m:15s], 0)", queries.Short.Intercept);
        Assert.Equal("deriv((a / b)[1h:15s])", queries.Long.Slope);
        Assert.Equal(queries, CapacityQueries.For(trigger, Options));
    }

    private static CapacityReading Reading(
        IReadOnlyList<InstantSample> values, IReadOnlyList<InstantSample> active, CapacityFitReading shortFit, CapacityFitReading longFit) =>
        new(values, active, shortFit, longFit);

    private static CapacityFitReading Fit(IReadOnlyList<InstantSample> intercepts, IReadOnlyList<InstantSample> slopes) => new(intercepts, slopes);

    private static InstantSample Sample(double value, params string[] labels) =>
        new(Labels([.. labels.Chunk(2).Select(pair => (pair[0], pair[1]))]), new SamplePoint(Now, value));

    private static LabelSet Labels(params (string Name, string Value)[] labels) =>
        new(labels.Select(l => KeyValuePair.Create(l.Name, l.Value)));
}
