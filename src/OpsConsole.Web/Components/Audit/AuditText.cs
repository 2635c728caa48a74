namespace OpsConsole.Web.Components.Audit;

/// <summary>The words of the audit page, in one place until localization arrives.</summary>
internal static class AuditText
{
    public const string Title = "审计日志 · Audit log";
    public const string At = "时间 · Time";
    public const string Actor = "操作者 · Actor";
    public const string Action = "操作 · Action";
    public const string Target = "对象 · Target";
    public const string Detail = "详情 · Detail";
    public const string Address = "地址 · Address";
    public const string From = "起始日期 · From";
    public const string To = "截止日期 · To";
    public const string ActionHint = "如 auth. 匹配前缀 · e.g. auth. for a prefix";
    public const string Apply = "筛选 · Filter";
    public const string Empty = "没有符合条件的记录。 · No entries match.";
    public const string LoadFailed = "无法读取审计日志。 · The audit log could not be read.";
}
