using System.Globalization;
using System.Text;
using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Slo;

/// <summary>
/// Writes the Prometheus rules of a set of SLOs: recording rules for every window (requests, errors, error ratio,
/// budget remaining) and two multi-window multi-burn-rate alerts per SLO (page and ticket). The output depends only
/// on the definitions (ordered by id), so CI can compare it with the committed files byte for byte.
/// </summary>
public static class SloRuleGenerator
{
    public const string RecordingFile = "recording-slo.yml";
    public const string AlertsFile = "alerts-slo.yml";
    public const string RunbookBase = "https://runbooks.example.internal/opsconsole/";

    /// <summary>The <c>for:</c> of the page and ticket alerts: long enough to skip one bad scrape, short next to the windows.</summary>
    public static readonly TimeSpan PageFor = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan TicketFor = TimeSpan.FromMinutes(15);

    public static string AlertName(SloDefinition slo, SloAlertKind kind) =>
        slo.AlertPrefix + (kind == SloAlertKind.Page ? "BudgetBurnPage" : "BudgetBurnTicket");

    /// <summary>Every window the rules record for <paramref name="slo"/>: the burn-rate windows and the SLO's own.</summary>
    public static IReadOnlyList<TimeSpan> Windows(SloDefinition slo) =>
        [.. SloSeries.BurnWindows.Append(slo.Window).Distinct().Order()];

    public static string Recording(IEnumerable<SloDefinition> slos)
    {
        var text = Header("recording rules");
        text.Append("groups:\n");
        foreach (var slo in slos.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: slo-{slo.Id}\n");
            text.Append("    rules:\n");
            foreach (var window in Windows(slo))
            {
                var w = PromDuration.Format(window);
                Record(text, slo, SloSeries.Requests(window), Sum(slo, $"rate({slo.Indicator.Total}[{w}])"));
                var errors = slo.Indicator.Kind == SloIndicatorKind.Errors
                    ? $"{Sum(slo, $"rate({slo.Indicator.Selector}[{w}])")}\nor\n{Sum(slo, $"rate({slo.Indicator.Total}[{w}])")} * 0"
                    : $"clamp_min(\n  {Sum(slo, $"rate({slo.Indicator.Total}[{w}])")}\n  -\n  ({Sum(slo, $"rate({slo.Indicator.Selector}[{w}])")} or {Sum(slo, $"rate({slo.Indicator.Total}[{w}])")} * 0),\n  0\n)";
                Record(text, slo, SloSeries.Errors(window), errors);
                // clamp_min keeps 0/0 at 0: no traffic means no burn, never a NaN that poisons longer windows.
                Record(text, slo, SloSeries.ErrorRatio(window),
                    $"{SloSeries.Of(SloSeries.Errors(window), slo.Id)}\n/ clamp_min({SloSeries.Of(SloSeries.Requests(window), slo.Id)}, 1e-12)");
            }
            Record(text, slo, SloSeries.BudgetRemaining,
                $"1 - {SloSeries.Of(SloSeries.ErrorRatio(slo.Window), slo.Id)} / {Number(slo.ErrorBudget)}");
        }
        return text.ToString();
    }

    public static string Alerts(IEnumerable<SloDefinition> slos)
    {
        var text = Header("multi-window multi-burn-rate alerts");
        text.Append("groups:\n");
        foreach (var slo in slos.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: slo-{slo.Id}-alerts\n");
            text.Append("    rules:\n");
            foreach (var kind in new[] { SloAlertKind.Page, SloAlertKind.Ticket })
            {
                Alert(text, slo, kind);
            }
        }
        return text.ToString();
    }

    private static void Alert(StringBuilder text, SloDefinition slo, SloAlertKind kind)
    {
        var name = AlertName(slo, kind);
        var windows = BurnRateWindow.Standard.Where(w => w.Kind == kind).ToList();
        var conditions = windows.Select(w => Condition(slo, w));
        var expr = string.Join("\nor\n", conditions);
        var describe = string.Join("; ", windows.Select(w => $"{Number(w.Factor)}x over {PromDuration.Format(w.Long)} and {PromDuration.Format(w.Short)}"));
        var describeZh = string.Join("，", windows.Select(w => $"{PromDuration.Format(w.Long)} 与 {PromDuration.Format(w.Short)} 窗口均超过 {Number(w.Factor)} 倍"));
        var objective = Number(slo.Objective * 100);
        var severity = kind == SloAlertKind.Page ? "critical" : "warning";

        text.Append(CultureInfo.InvariantCulture, $"      - alert: {name}\n");
        text.Append("        expr: |\n");
        Indent(text, expr, 10);
        text.Append(CultureInfo.InvariantCulture, $"        for: {PromDuration.Format(kind == SloAlertKind.Page ? PageFor : TicketFor)}\n");
        text.Append("        labels:\n");
        text.Append(CultureInfo.InvariantCulture, $"          severity: {severity}\n");
        text.Append(CultureInfo.InvariantCulture, $"          service: {Quote(slo.Service)}\n");
        text.Append(CultureInfo.InvariantCulture, $"          slo: {Quote(slo.Id)}\n");
        text.Append(CultureInfo.InvariantCulture, $"          burn: {(kind == SloAlertKind.Page ? "page" : "ticket")}\n");
        text.Append("        annotations:\n");
        var what = kind == SloAlertKind.Page ? "错误预算快速消耗" : "错误预算持续消耗";
        text.Append(CultureInfo.InvariantCulture, $"          summary: {Quote($"{slo.Name.ZhCn}：{what}（{{{{ $value | printf \"%.1f\" }}}} 倍速）")}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"          description: {Quote($"SLO {slo.Id}（目标 {objective}%，窗口 {PromDuration.Format(slo.Window)}）的错误预算消耗速度：{describeZh}。{slo.Name.En}: error budget burn {describe}.")}\n");
        text.Append(CultureInfo.InvariantCulture, $"          runbook_url: {RunbookBase}{name}\n");
        text.Append(CultureInfo.InvariantCulture, $"          slo_page: /slo/{slo.Id}\n");
        text.Append('\n');
    }

    /// <summary>
    /// Burn over the long window above the factor, the short window agreeing, and the long window carrying at least
    /// the minimum traffic (so one failed request of a handful never pages).
    /// </summary>
    private static string Condition(SloDefinition slo, BurnRateWindow window)
    {
        var budget = Number(slo.ErrorBudget);
        var factor = Number(window.Factor);
        var condition =
            $"(\n  {SloSeries.Of(SloSeries.ErrorRatio(window.Long), slo.Id)} / {budget} > {factor}\n" +
            $"  and\n  {SloSeries.Of(SloSeries.ErrorRatio(window.Short), slo.Id)} / {budget} > {factor}\n";
        if (slo.MinimumTraffic > 0)
        {
            condition += $"  and\n  {SloSeries.Of(SloSeries.Requests(window.Long), slo.Id)} >= {Number(slo.MinimumTraffic)}\n";
        }
        return condition + ")";
    }

    private static void Record(StringBuilder text, SloDefinition slo, string record, string expr)
    {
        text.Append(CultureInfo.InvariantCulture, $"      - record: {record}\n");
        text.Append("        expr: |\n");
        Indent(text, expr, 10);
        text.Append("        labels:\n");
        text.Append(CultureInfo.InvariantCulture, $"          slo: {Quote(slo.Id)}\n");
        text.Append(CultureInfo.InvariantCulture, $"          service: {Quote(slo.Service)}\n");
    }

    private static string Sum(SloDefinition slo, string inner) =>
        slo.GroupBy.Count == 0 ? $"sum({inner})" : $"sum by ({string.Join(", ", slo.GroupBy)}) ({inner})";

    private static StringBuilder Header(string what)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# SLO {what}, GENERATED from deploy/slo/*.yaml by `OpsConsole.Web --generate-rules`.\n");
        text.Append("# Do not edit: change the SLO file and run the generator again (CI fails when this file differs).\n");
        return text;
    }

    private static void Indent(StringBuilder text, string block, int spaces)
    {
        var pad = new string(' ', spaces);
        foreach (var line in block.Split('\n'))
        {
            text.Append(pad).Append(line).Append('\n');
        }
    }

    internal static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A YAML single-quoted scalar (a quote doubles); text with line breaks is double-quoted as JSON, which YAML accepts.</summary>
    internal static string Quote(string value) =>
        value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)
            ? System.Text.Json.JsonSerializer.Serialize(value, QuoteOptions)
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static readonly System.Text.Json.JsonSerializerOptions QuoteOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
