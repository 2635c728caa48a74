using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus.Wire;

/// <summary>Turns wire DTOs into the Core and Model records. Throws <see cref="FormatException"/> on malformed values.</summary>
internal static class WireMapper
{
    public static QueryValue ToQueryValue(QueryDataDto data) => data.ResultType switch
    {
        "vector" => new VectorValue(ToSamples(data.Vector)),
        "matrix" => new MatrixValue(ToSeries(data.Matrix)),
        "scalar" => new ScalarValue(ToPoint(RequirePair(data))),
        "string" => new StringValue(WireFormat.FromUnixSeconds(RequirePair(data).UnixSeconds), RequirePair(data).Value),
        _ => throw new FormatException($"Unknown resultType \"{data.ResultType}\"."),
    };

    public static IReadOnlyList<MetricSeries> ToRangeSeries(QueryDataDto data) => data.ResultType == "matrix"
        ? ToSeries(data.Matrix)
        : throw new FormatException($"A range query answered with resultType \"{data.ResultType}\" instead of \"matrix\".");

    public static LabelSet ToLabels(Dictionary<string, string>? labels) =>
        labels is null || labels.Count == 0 ? LabelSet.Empty : new LabelSet(labels);

    public static IReadOnlyList<LabelSet> ToLabelSets(List<Dictionary<string, string>> series) =>
        series.ConvertAll(ToLabels);

    public static ScrapeTargets ToTargets(TargetsDto data) => new(
        (data.ActiveTargets ?? []).ConvertAll(t => new ActiveTarget(
            ToLabels(t.DiscoveredLabels),
            ToLabels(t.Labels),
            t.ScrapePool ?? string.Empty,
            t.ScrapeUrl ?? string.Empty,
            t.GlobalUrl ?? string.Empty,
            new TargetHealth(t.Health ?? TargetHealth.Unknown.Value),
            t.LastError ?? string.Empty,
            WireFormat.Timestamp(t.LastScrape),
            WireFormat.FromSeconds(t.LastScrapeDuration),
            WireFormat.Duration(t.ScrapeInterval),
            WireFormat.Duration(t.ScrapeTimeout))),
        (data.DroppedTargets ?? []).ConvertAll(t => new DroppedTarget(ToLabels(t.DiscoveredLabels))));

    public static IReadOnlyList<RuleGroup> ToRuleGroups(RulesDto data) =>
        (data.Groups ?? []).ConvertAll(g => new RuleGroup(
            g.Name ?? string.Empty,
            g.File ?? string.Empty,
            WireFormat.FromSeconds(g.Interval),
            (g.Rules ?? []).ConvertAll(ToRule),
            WireFormat.Timestamp(g.LastEvaluation),
            WireFormat.FromSeconds(g.EvaluationTime)));

    public static IReadOnlyList<PrometheusAlert> ToAlerts(AlertsDto data) => (data.Alerts ?? []).ConvertAll(ToAlert);

    public static IReadOnlyDictionary<string, IReadOnlyList<MetricMetadata>> ToMetadata(Dictionary<string, List<MetadataDto>> data) =>
        data.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<MetricMetadata>)pair.Value.ConvertAll(m => new MetricMetadata(
                new MetricType(m.Type ?? MetricType.Unknown.Value), m.Help ?? string.Empty, m.Unit ?? string.Empty)),
            StringComparer.Ordinal);

    public static PrometheusBuildInfo ToBuildInfo(BuildInfoDto data) => new(
        data.Version ?? string.Empty,
        data.Revision ?? string.Empty,
        data.Branch ?? string.Empty,
        data.BuildUser ?? string.Empty,
        data.BuildDate ?? string.Empty,
        data.GoVersion ?? string.Empty);

    private static Rule ToRule(RuleDto rule)
    {
        var name = rule.Name ?? string.Empty;
        var query = rule.Query ?? string.Empty;
        var labels = ToLabels(rule.Labels);
        var health = new RuleHealth(rule.Health ?? RuleHealth.Unknown.Value);
        var lastError = rule.LastError ?? string.Empty;
        var lastEvaluation = WireFormat.Timestamp(rule.LastEvaluation);
        var evaluationTime = WireFormat.FromSeconds(rule.EvaluationTime);
        return rule.Type switch
        {
            "alerting" => new AlertingRule
            {
                Name = name, Query = query, Labels = labels, Health = health, LastError = lastError,
                LastEvaluation = lastEvaluation, EvaluationTime = evaluationTime,
                State = new PrometheusAlertState(rule.State ?? PrometheusAlertState.Inactive.Value),
                Duration = WireFormat.FromSeconds(rule.Duration),
                Annotations = ToLabels(rule.Annotations),
                Alerts = (rule.Alerts ?? []).ConvertAll(ToAlert),
            },
            "recording" => new RecordingRule
            {
                Name = name, Query = query, Labels = labels, Health = health, LastError = lastError,
                LastEvaluation = lastEvaluation, EvaluationTime = evaluationTime,
            },
            _ => throw new FormatException($"Rule \"{name}\" has unknown type \"{rule.Type}\"."),
        };
    }

    private static PrometheusAlert ToAlert(AlertDto alert) => new(
        ToLabels(alert.Labels),
        ToLabels(alert.Annotations),
        new PrometheusAlertState(alert.State ?? PrometheusAlertState.Inactive.Value),
        WireFormat.Timestamp(alert.ActiveAt),
        alert.Value is null ? double.NaN : WireFormat.SampleValue(alert.Value));

    private static List<InstantSample> ToSamples(List<VectorSampleDto>? vector) =>
        // Native-histogram samples carry no float value; this client reads float samples only.
        (vector ?? []).Where(s => s.Value is not null)
            .Select(s => new InstantSample(ToLabels(s.Metric), ToPoint(s.Value!.Value)))
            .ToList();

    private static List<MetricSeries> ToSeries(List<MatrixSeriesDto>? matrix) =>
        (matrix ?? []).ConvertAll(s => new MetricSeries(ToLabels(s.Metric), (s.Values ?? []).ConvertAll(ToPoint)));

    private static SamplePoint ToPoint(SamplePair pair) =>
        new(WireFormat.FromUnixSeconds(pair.UnixSeconds), WireFormat.SampleValue(pair.Value));

    private static SamplePair RequirePair(QueryDataDto data) =>
        data.Pair ?? throw new FormatException($"A {data.ResultType} result has no value.");
}
