using OpsConsole.Core.Alerts.Response;
using OpsConsole.Testing;

namespace OpsConsole.Core.Tests.Alerts.Response;

/// <summary>The hand-computed case of <see cref="ResponseTimeCase"/>: every number below is worked out in its comment.</summary>
public sealed class IncidentTrackerTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Fact]
    public void Incidents_of_the_window_follow_refiring_acks_before_and_after_open_ones_and_both_edges()
    {
        var incidents = Track();

        // fp-a ×3 and fp-b ×2 (webhook), fp-d (From is inclusive), fp-f; not fp-c (fired before) nor fp-e (fired at To).
        Assert.Equal(
            ["fp-a@11-02 10:00", "fp-a@11-03 12:00", "fp-a@11-10 10:00", "fp-b@11-04 09:00", "fp-b@11-15 23:50", "fp-d@11-02 00:00", "fp-f@11-12 08:00"],
            incidents.Select(i => $"{i.Fingerprint}@{i.FiredAt:MM-dd HH:mm}").Order(StringComparer.Ordinal));
        var refired = incidents.Single(i => i.Fingerprint == "fp-a" && i.FiredAt.Day == 3);
        Assert.Equal((TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60)), (refired.TimeToAcknowledge, refired.TimeToResolve));
        var ackedOnlyOutside = incidents.Single(i => i.Fingerprint == "fp-b" && i.FiredAt.Day == 4);
        Assert.Null(ackedOnlyOutside.AcknowledgedAt);
        var open = incidents.Single(i => i.Fingerprint == "fp-d");
        Assert.Equal(TimeSpan.FromMinutes(3), open.TimeToAcknowledge);
        Assert.Null(open.ResolvedAt);
        var lateAnswered = incidents.Single(i => i.Fingerprint == "fp-b" && i.FiredAt.Day == 15);
        Assert.Equal((TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(40)), (lateAnswered.TimeToAcknowledge, lateAnswered.TimeToResolve));
    }

    [Fact]
    public void Weekly_table_has_the_hand_computed_mtta_mttr_counts_and_trend_per_service_and_severity()
    {
        var rows = WeeklyResponseTimes.Table(Track(), Utc);

        Assert.Equal(
            ["redis/warning/11-09", "robot-data-service/warning/11-02", "webhook-service/critical/11-09", "webhook-service/critical/11-02"],
            rows.Select(r => $"{r.Service}/{r.Severity}/{r.WeekStart:MM-dd}"));

        // Week of 11-02: TTA 5 and 10 min (fp-b's acks are outside its incident) → 7.5 min; TTR 30, 60, 45 → 45 min.
        var first = rows.Single(r => r.Service == "webhook-service" && r.WeekStart.Day == 2);
        Assert.Equal(new ResponseSummary
        {
            Incidents = 3, Acknowledged = 2, Resolved = 3,
            MeanTimeToAcknowledge = TimeSpan.FromMinutes(7.5), MeanTimeToResolve = TimeSpan.FromMinutes(45),
        }, first.Summary);
        Assert.Equal(ResponseTrend.Unknown, first.Trend);

        // Week of 11-09: TTA 2 and 20 → 11 min; TTR 9 and 40 → 24.5 min; (24.5 − 45) / 45 = −45.6 %: better.
        var second = rows.Single(r => r.Service == "webhook-service" && r.WeekStart.Day == 9);
        Assert.Equal((2, 2, 2, TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(24.5)),
            (second.Summary.Incidents, second.Summary.Acknowledged, second.Summary.Resolved, second.Summary.MeanTimeToAcknowledge, second.Summary.MeanTimeToResolve));
        Assert.Equal(TrendDirection.Better, second.Trend.Direction);
        Assert.Equal(-20.5 / 45, second.Trend.Change!.Value, 6);

        // fp-d: acked after 3 min, still open: MTTA without MTTR.
        var robot = rows.Single(r => r.Service == "robot-data-service");
        Assert.Equal((1, 1, 0, TimeSpan.FromMinutes(3), (TimeSpan?)null),
            (robot.Summary.Incidents, robot.Summary.Acknowledged, robot.Summary.Resolved, robot.Summary.MeanTimeToAcknowledge, robot.Summary.MeanTimeToResolve));
        var redis = rows.Single(r => r.Service == "redis");
        Assert.Equal(((TimeSpan?)null, TimeSpan.FromMinutes(20), TrendDirection.Unknown),
            (redis.Summary.MeanTimeToAcknowledge, redis.Summary.MeanTimeToResolve, redis.Trend.Direction));
    }

    [Fact]
    public void Weeks_are_cut_at_monday_midnight_of_the_display_zone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var rows = WeeklyResponseTimes.Table(Track(), shanghai);

        // fp-b fired Sun 11-15 23:50 UTC = Mon 11-16 07:50 in Shanghai: a week of its own there, absent in UTC.
        var webhook = rows.Where(r => r.Service == "webhook-service").ToList();
        Assert.Equal(["11-16", "11-09", "11-02"], webhook.Select(r => TimeZoneInfo.ConvertTime(r.WeekStart, shanghai).ToString("MM-dd", null)));
        Assert.Equal(TimeSpan.FromHours(8), webhook[0].WeekStart.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 16, 0, 0, TimeSpan.Zero), webhook[0].WeekStart.ToUniversalTime());
        Assert.Equal(1, webhook[0].Summary.Incidents);
        // 11-09 alone keeps fp-a's 9 min; against 45 min the week before that is −80 %, the seed's promise.
        Assert.Equal(TimeSpan.FromMinutes(9), webhook[1].Summary.MeanTimeToResolve);
        Assert.Equal(-0.8, webhook[1].Trend.Change!.Value, 6);
    }

    [Fact]
    public void The_window_then_the_first_answers_of_its_open_incidents_give_the_same_incidents_as_everything()
    {
        var inWindow = new IncidentTracker(ResponseTimeCase.From, ResponseTimeCase.To);
        foreach (var change in Transitions().Where(t => t.At < ResponseTimeCase.To))
        {
            inWindow.Add(change);
        }

        var open = inWindow.OpenInWindow();
        // What the store answers for them: the first ack and the first resolve at or after To, in time order.
        foreach (var answer in Transitions().Where(t => t.At >= ResponseTimeCase.To && open.Contains(t.Fingerprint) && t.Kind != TransitionKind.Fired)
                     .GroupBy(t => (t.Fingerprint, t.Kind)).Select(g => g.MinBy(t => t.At)).OrderBy(t => t.At))
        {
            inWindow.Add(answer);
        }

        Assert.Equal(["fp-b", "fp-d"], open.Order(StringComparer.Ordinal));
        Assert.Equal(Track().OrderBy(i => i.Fingerprint).ThenBy(i => i.FiredAt), inWindow.Incidents().OrderBy(i => i.Fingerprint).ThenBy(i => i.FiredAt));
    }

    [Fact]
    public void A_trend_within_ten_percent_is_steady_and_a_rise_is_worse()
    {
        Assert.Equal(TrendDirection.Steady, ResponseTrend.Between(TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(54)).Direction);
        Assert.Equal(TrendDirection.Worse, ResponseTrend.Between(TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(60)).Direction);
        Assert.Equal(TrendDirection.Unknown, ResponseTrend.Between(null, TimeSpan.FromMinutes(60)).Direction);
    }

    [Fact]
    public void A_week_starts_on_monday_midnight_even_across_a_daylight_saving_change()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        // Sunday 2026-03-29 switched to summer time; Wednesday 04-01 belongs to the week of Monday 03-30 00:00 (+02:00).
        var start = CalendarWeek.StartOf(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero), berlin);
        var before = CalendarWeek.StartOfWeeksBefore(start, 1, berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(2)), start);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.FromHours(1)), before);
    }

    private static IReadOnlyList<Incident> Track()
    {
        var tracker = new IncidentTracker(ResponseTimeCase.From, ResponseTimeCase.To);
        foreach (var change in Transitions())
        {
            tracker.Add(change);
        }
        return tracker.Incidents();
    }

    private static IEnumerable<AlertTransition> Transitions() =>
        ResponseTimeCase.Changes
            .Where(c => Kind(c.State) is not null)
            .Select(c => new AlertTransition(c.Fingerprint, c.AlertName, c.Service, c.Severity, Kind(c.State)!.Value, c.At));

    private static TransitionKind? Kind(string state) => state switch
    {
        "firing" => TransitionKind.Fired,
        "acknowledged" => TransitionKind.Acknowledged,
        "resolved" => TransitionKind.Resolved,
        _ => null,
    };
}
