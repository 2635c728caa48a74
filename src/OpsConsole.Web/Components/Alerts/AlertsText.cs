using OpsConsole.Web.Alerts;
using OpsConsole.Web.Alerts.Acks;
using OpsConsole.Web.Alerts.Silences;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Alerts;

/// <summary>The words of the alert pages, from Resources/AlertsText.resx (en) and AlertsText.zh-CN.resx.</summary>
internal static class AlertsText
{
    private static readonly TextResource Text = new(nameof(AlertsText));

    public static string AlertsTitle => Text.Get();

    public static string SilencesTitle => Text.Get();

    public static string HistoryTitle => Text.Get();

    public static string Filter => Text.Get();

    public static string FilterHint => Text.Get();

    public static string GroupBy => Text.Get();

    public static string GroupAlertName => Text.Get();

    public static string GroupService => Text.Get();

    public static string GroupSeverity => Text.Get();

    public static string NoAlerts => Text.Get();

    public static string NoMatch => Text.Get();

    public static string Firing => Text.Get();

    public static string Pending => Text.Get();

    public static string Inhibited => Text.Get();

    public static string Silenced => Text.Get();

    public static string Acknowledge => Text.Get();

    public static string Unacknowledge => Text.Get();

    public static string SilenceFromAlert => Text.Get();

    public static string Details => Text.Get();

    public static string Source => Text.Get();

    public static string Runbook => Text.Get();

    public static string AckTitle => Text.Get();

    public static string AckNote => Text.Get();

    public static string AckConfirm => Text.Get();

    public static string Cancel => Text.Get();

    public static string ActionFailed => Text.Get();

    /// <summary>Why an ack or silence action failed, in the reader's language, quoting Alertmanager's own words where it gave them.</summary>
    public static string Problem(AlertActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Problem switch
        {
            AlertActionProblem.AckNotAllowed => ProblemAckNotAllowed,
            AlertActionProblem.UnackNotAllowed => ProblemUnackNotAllowed,
            AlertActionProblem.SilenceNotAllowed => ProblemSilenceNotAllowed,
            AlertActionProblem.ExpireNotAllowed => ProblemExpireNotAllowed,
            AlertActionProblem.NoteTooLong => ProblemNoteTooLong(AckService.MaxNoteLength),
            AlertActionProblem.AlertNotFound => ProblemAlertNotFound,
            AlertActionProblem.NotAcknowledged => ProblemNotAcknowledged,
            AlertActionProblem.NoMatchers => ProblemNoMatchers,
            AlertActionProblem.MatchersMatchEmpty => ProblemMatchersMatchEmpty,
            AlertActionProblem.CommentMissing => ProblemCommentMissing,
            AlertActionProblem.CommentTooLong => ProblemCommentTooLong(SilenceService.MaxCommentLength),
            AlertActionProblem.EndMissing => ProblemEndMissing,
            AlertActionProblem.DurationNotPositive => ProblemDurationNotPositive,
            AlertActionProblem.EndBeforeStart => ProblemEndBeforeStart,
            AlertActionProblem.EndInPast => ProblemEndInPast,
            AlertActionProblem.SilenceUnknown => ProblemSilenceUnknown,
            AlertActionProblem.AlertmanagerRefused => ProblemAlertmanagerRefused,
            AlertActionProblem.AlertmanagerFailed => ProblemAlertmanagerFailed,
            _ => ActionFailed,
        };
        return string.IsNullOrEmpty(result.Detail) ? text : ProblemWithDetail(text, result.Detail);
    }

    private static string ProblemAckNotAllowed => Text.Get();

    private static string ProblemUnackNotAllowed => Text.Get();

    private static string ProblemSilenceNotAllowed => Text.Get();

    private static string ProblemExpireNotAllowed => Text.Get();

    private static string ProblemNoteTooLong(int limit) => Text.Format([limit]);

    private static string ProblemAlertNotFound => Text.Get();

    private static string ProblemNotAcknowledged => Text.Get();

    private static string ProblemNoMatchers => Text.Get();

    private static string ProblemMatchersMatchEmpty => Text.Get();

    private static string ProblemCommentMissing => Text.Get();

    private static string ProblemCommentTooLong(int limit) => Text.Format([limit]);

    private static string ProblemEndMissing => Text.Get();

    private static string ProblemDurationNotPositive => Text.Get();

    private static string ProblemEndBeforeStart => Text.Get();

    private static string ProblemEndInPast => Text.Get();

    private static string ProblemSilenceUnknown => Text.Get();

    private static string ProblemAlertmanagerRefused => Text.Get();

    private static string ProblemAlertmanagerFailed => Text.Get();

    private static string ProblemWithDetail(string problem, string detail) => Text.Format([problem, detail]);

    public static string Notify => Text.Get();

    public static string NotifyBlocked => Text.Get();

    public static string NewCritical => Text.Get();

    public static string AlertNotFound => Text.Get();

    public static string Timeline => Text.Get();

    public static string TimelineEmpty => Text.Get();

    public static string HistoryUnavailable => Text.Get();

    public static string Labels => Text.Get();

    public static string StartedAt => Text.Get();

    public static string NewSilence => Text.Get();

    public static string EditSilence => Text.Get();

    public static string Matchers => Text.Get();

    public static string LabelName => Text.Get();

    public static string LabelValue => Text.Get();

    public static string AddMatcher => Text.Get();

    public static string RemoveMatcher => Text.Get();

    public static string Duration => Text.Get();

    public static string StartsAt => Text.Get();

    public static string EndsAt => Text.Get();

    public static string Comment => Text.Get();

    public static string CreatedBy => Text.Get();

    public static string Save => Text.Get();

    public static string Create => Text.Get();

    public static string Expire => Text.Get();

    public static string Edit => Text.Get();

    public static string Recreate => Text.Get();

    public static string Preview => Text.Get();

    public static string PreviewNone => Text.Get();

    public static string NeedMatcher => Text.Get();

    public static string NeedComment => Text.Get();

    public static string BadEnd => Text.Get();

    public static string BadTime => Text.Get();

    public static string SilenceNotFound => Text.Get();

    public static string SilencesUnavailable => Text.Get();

    public static string Active => Text.Get();

    public static string PendingSilences => Text.Get();

    public static string Expired => Text.Get();

    public static string NoSilences => Text.Get();

    public static string State => Text.Get();

    public static string From => Text.Get();

    public static string To => Text.Get();

    public static string Severity => Text.Get();

    public static string Apply => Text.Get();

    public static string ResponseTimes => Text.Get();

    public static string Incidents => Text.Get();

    public static string Mtta => Text.Get();

    public static string Mttr => Text.Get();

    public static string At => Text.Get();

    public static string By => Text.Get();

    public static string AlertName => Text.Get();

    public static string NoHistory => Text.Get();

    public static string HistoryPending => Text.Get();

    public static string HistoryFiring => Text.Get();

    public static string HistoryResolved => Text.Get();

    public static string HistorySilenced => Text.Get();

    public static string HistoryUnsilenced => Text.Get();

    public static string HistoryAcknowledged => Text.Get();

    public static string HistoryUnacknowledged => Text.Get();

    /// <summary>"acknowledged by alice"; <paramref name="state"/> is one of the History* words.</summary>
    public static string HistoryStateBy(string state, string by) => Text.Format([state, by]);

    public static string MatchOperator => Text.Get();

    public static string LabelNameEmpty => Text.Get();

    public static string LabelNameInvalid => Text.Get();

    /// <summary>"acknowledged by bob, 3 min ago"; <paramref name="ago"/> comes from <see cref="Ago"/>.</summary>
    public static string AcknowledgedBy(string by, string ago) => Text.Format([by, ago]);

    public static string SilencedBy(string by, string until) => Text.Format([by, until]);

    /// <summary>"for 12 min"; <paramref name="span"/> comes from one of the span words below.</summary>
    public static string Age(string span) => Text.Format([span]);

    public static string FilterError(int column, string reason) => Text.Format([column, reason]);

    // Short spans for alert ages and response times (see Shared/RelativeTime).
    public static string Seconds(long count) => Text.Format([count]);

    public static string Minutes(long count) => Text.Format([count]);

    public static string Hours(long count) => Text.Format([count]);

    public static string Days(long count) => Text.Format([count]);

    public static string HoursMinutes(long hours, long minutes) => Text.Format([hours, minutes]);

    /// <summary>"3 min ago".</summary>
    public static string Ago(string span) => Text.Format([span]);

    // The weekly response-time table of the history page.
    public static string HistoryChangesTab => Text.Get();

    public static string WeeklyTab => Text.Get();

    public static string WeeklyWindow(int weeks) => Text.Format([weeks]);

    public static string WeeklyZone(string zone) => Text.Format([zone]);

    public static string WeeklyService => Text.Get();

    public static string WeeklyWeek => Text.Get();

    public static string WeeklyTrend => Text.Get();

    public static string TrendBetter => Text.Get();

    public static string TrendWorse => Text.Get();

    public static string TrendSteady => Text.Get();

    public static string TrendUnknown => Text.Get();

    public static string NoWeeklyIncidents => Text.Get();

    public static string NoLabel => Text.Get();
}
