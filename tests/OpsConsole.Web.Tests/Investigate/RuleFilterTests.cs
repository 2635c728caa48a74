using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Investigate.Rules;

namespace OpsConsole.Web.Tests.Investigate;

public sealed class RuleFilterTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static RecordingRule Recording(string name, string query, RuleHealth health, string error = "") => new()
    {
        Name = name, Query = query, Labels = LabelSet.Empty, Health = health, LastError = error, LastEvaluation = At, EvaluationTime = TimeSpan.FromMilliseconds(2),
    };

    private static AlertingRule Alerting(string name, params PrometheusAlertState[] alerts) => new()
    {
        Name = name, Query = "up == 0", Labels = new LabelSet(new Dictionary<string, string> { ["severity"] = "critical" }), Health = RuleHealth.Ok,
        LastError = string.Empty, LastEvaluation = At, EvaluationTime = TimeSpan.FromMilliseconds(1), State = PrometheusAlertState.Firing,
        Duration = TimeSpan.FromMinutes(5), Annotations = LabelSet.Empty,
        Alerts = [.. alerts.Select(state => new PrometheusAlert(LabelSet.Empty, LabelSet.Empty, state, At, 1))],
    };

    private static readonly IReadOnlyList<RuleGroup> Groups =
    [
        new("kafka", "rules/alerts.yml", TimeSpan.FromSeconds(10),
            [Alerting("KafkaDown", PrometheusAlertState.Firing, PrometheusAlertState.Pending, PrometheusAlertState.Firing), Recording("kafka:lag:sum", "sum(kafka_lag)", RuleHealth.Ok)],
            At, TimeSpan.FromSeconds(9)),
        new("redis", "rules/recording.yml", TimeSpan.FromSeconds(10),
            [Recording("redis:frag", "redis_mem_fragmentation_ratio * on() group_left up", RuleHealth.Error, "many-to-many matching not allowed")],
            At, TimeSpan.FromMilliseconds(5)),
    ];

    [Fact]
    public void Without_a_filter_every_group_heads_its_rules_and_counts_its_alerts()
    {
        var rows = RuleFilter.None.Rows(Groups);

        Assert.Equal(["group:rules/alerts.yml:kafka", "rule:rules/alerts.yml:kafka:0", "rule:rules/alerts.yml:kafka:1", "group:rules/recording.yml:redis", "rule:rules/recording.yml:redis:0"],
            rows.Select(r => r.Id));
        var kafka = Assert.IsType<RuleRow>(rows[1]);
        Assert.Equal((1, 2), (kafka.Pending, kafka.Firing));
        Assert.True(Assert.IsType<RuleGroupRow>(rows[0]).IsSlow);
        Assert.False(Assert.IsType<RuleGroupRow>(rows[3]).IsSlow);
    }

    [Fact]
    public void Type_health_and_text_narrow_the_rows_and_drop_groups_left_empty()
    {
        Assert.Equal(["KafkaDown"], Rules(RuleFilter.FromQuery("alerting", null, null)));
        Assert.Equal(["redis:frag"], Rules(RuleFilter.FromQuery(null, "err", null)));
        Assert.Equal(["redis:frag"], Rules(RuleFilter.FromQuery(null, null, "MANY-TO-MANY")));
        Assert.Equal(["kafka:lag:sum"], Rules(RuleFilter.FromQuery("recording", "ok", "alerts.yml")));
        Assert.Equal(["KafkaDown"], Rules(RuleFilter.FromQuery(null, null, "severity")));
        Assert.Empty(RuleFilter.FromQuery("alerting", "err", null).Rows(Groups));
        Assert.Equal(RuleFilter.None, RuleFilter.FromQuery("nonsense", "9", ""));
    }

    private static IEnumerable<string> Rules(RuleFilter filter) => filter.Rows(Groups).OfType<RuleRow>().Select(r => r.Rule.Name);
}
