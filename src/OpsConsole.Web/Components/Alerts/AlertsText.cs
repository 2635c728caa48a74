namespace OpsConsole.Web.Components.Alerts;

/// <summary>The words of the alert pages, in one place until localization arrives.</summary>
internal static class AlertsText
{
    public const string AlertsTitle = "告警 · Alerts";
    public const string SilencesTitle = "静默 · Silences";
    public const string HistoryTitle = "告警历史 · Alert history";
    public const string Filter = "过滤（匹配器）· Filter (matchers)";
    public const string FilterHint = "如 · e.g. severity=\"critical\", service=~\"kafka|flink\"";
    public const string GroupBy = "分组 · Group by";
    public const string GroupAlertName = "告警名 · Alert name";
    public const string GroupService = "服务 · Service";
    public const string GroupSeverity = "级别 · Severity";
    public const string NoAlerts = "当前没有告警。 · No alerts are firing or pending.";
    public const string NoMatch = "没有符合过滤条件的告警。 · No alert matches the filter.";
    public const string Firing = "触发 · firing";
    public const string Pending = "待定 · pending";
    public const string Inhibited = "被抑制 · inhibited";
    public const string Silenced = "已静默 · silenced";
    public const string Acknowledge = "确认 · Ack";
    public const string Unacknowledge = "取消确认 · Unack";
    public const string SilenceFromAlert = "静默 · Silence";
    public const string Details = "详情 · Details";
    public const string Source = "来源 · Source";
    public const string Runbook = "处理手册 · Runbook";
    public const string AckTitle = "确认告警 · Acknowledge alert";
    public const string AckNote = "备注（可选）· Note (optional)";
    public const string AckConfirm = "确认 · Acknowledge";
    public const string Cancel = "取消 · Cancel";
    public const string ActionFailed = "操作失败 · Failed";
    public const string Notify = "严重告警提醒 · Critical alert sound and notification";
    public const string NotifyBlocked = "浏览器拒绝了通知，只会播放声音。 · The browser blocks notifications; only the sound plays.";
    public const string NewCritical = "严重告警 · Critical alert";
    public const string AlertNotFound = "该告警当前不存在（可能已恢复）。 · This alert is not current (it may have resolved).";
    public const string Timeline = "时间线 · Timeline";
    public const string TimelineEmpty = "还没有记录。 · Nothing recorded yet.";
    public const string HistoryUnavailable = "无法读取告警历史。 · The alert history could not be read.";
    public const string Labels = "标签 · Labels";
    public const string StartedAt = "开始 · Started";

    public const string NewSilence = "新建静默 · New silence";
    public const string EditSilence = "编辑静默 · Edit silence";
    public const string Matchers = "匹配器 · Matchers";
    public const string LabelName = "标签 · Label";
    public const string LabelValue = "值 · Value";
    public const string AddMatcher = "添加匹配器 · Add matcher";
    public const string RemoveMatcher = "删除 · Remove";
    public const string Duration = "时长 · Duration";
    public const string StartsAt = "开始时间 · Starts at";
    public const string EndsAt = "结束时间 · Ends at";
    public const string Comment = "说明 · Comment";
    public const string CreatedBy = "创建者 · Created by";
    public const string Save = "保存 · Save";
    public const string Create = "创建 · Create";
    public const string Expire = "使失效 · Expire";
    public const string Edit = "编辑 · Edit";
    public const string Recreate = "重新创建 · Re-create";
    public const string Preview = "将被静默的当前告警 · Current alerts this silence matches";
    public const string PreviewNone = "没有当前告警匹配。 · No current alert matches.";
    public const string NeedMatcher = "至少需要一个匹配器。 · Add at least one matcher.";
    public const string NeedComment = "请填写说明。 · Write a comment.";
    public const string BadEnd = "结束时间必须晚于开始时间。 · The end must be after the start.";
    public const string BadTime = "时间格式无效。 · The time is not valid.";
    public const string SilenceNotFound = "找不到该静默。 · Alertmanager does not know this silence.";
    public const string SilencesUnavailable = "无法读取静默列表。 · The silences could not be read from Alertmanager.";
    public const string Active = "生效中 · Active";
    public const string PendingSilences = "未开始 · Pending";
    public const string Expired = "最近失效 · Recently expired";
    public const string NoSilences = "无 · None";
    public const string State = "状态 · State";
    public const string From = "起始 · From";
    public const string To = "截止 · To";
    public const string Severity = "级别 · Severity";
    public const string Apply = "查询 · Apply";
    public const string ResponseTimes = "响应时间 · Response times (MTTA / MTTR)";
    public const string Incidents = "次数 · Incidents";
    public const string Mtta = "平均确认时间 · MTTA";
    public const string Mttr = "平均恢复时间 · MTTR";
    public const string At = "时间 · Time";
    public const string By = "操作者 · By";
    public const string AlertName = "告警名 · Alert name";
    public const string NoHistory = "该范围内没有记录。 · Nothing recorded in this range.";

    public static string AcknowledgedBy(string by, string ago) => $"确认 · acknowledged by {by}, {ago}";

    public static string SilencedBy(string by, string until) => $"静默 · silenced by {by} until {until}";

    public static string Age(string span) => $"已持续 · for {span}";

    public static string FilterError(int column, string reason) => $"第 {column} 列 · column {column}: {reason}";
}
