using System.Globalization;
using System.Text;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Slo;

namespace OpsConsole.Core.Capacity;

/// <summary>Writes one alert per capacity trigger, so the rules say exactly what the capacity page shows.</summary>
public static class CapacityRuleGenerator
{
    public const string AlertsFile = "alerts-capacity.yml";

    public static string Alerts(IEnumerable<CapacityTrigger> triggers)
    {
        var text = new StringBuilder();
        text.Append("# Capacity triggers, GENERATED from deploy/capacity/*.yaml by `OpsConsole.Web --generate-rules`.\n");
        text.Append("# Do not edit: change the capacity file and run the generator again (CI fails when this file differs).\n");
        text.Append("# Every alert carries category=\"capacity\", its trigger id, and the scaling action it feeds as the label\n");
        text.Append("# `hpa` (an autoscaler acts on its own) or `action` (someone or something else has to).\n");
        text.Append("groups:\n  - name: capacity\n    rules:\n");
        var first = true;
        foreach (var trigger in triggers)
        {
            if (!first)
            {
                text.Append('\n');
            }
            first = false;
            text.Append(CultureInfo.InvariantCulture, $"      - alert: {trigger.Alert}\n");
            if (trigger.Comment is { } comment)
            {
                foreach (var line in comment.Split('\n'))
                {
                    text.Append("        #").Append(line.Length > 0 ? " " + line : string.Empty).Append('\n');
                }
            }
            text.Append("        expr: |\n");
            foreach (var line in Condition(trigger).Split('\n'))
            {
                text.Append("          ").Append(line).Append('\n');
            }
            text.Append(CultureInfo.InvariantCulture, $"        for: {PromDuration.Format(trigger.Sustain)}\n");
            text.Append("        labels:\n");
            text.Append(CultureInfo.InvariantCulture, $"          severity: {trigger.Severity}\n");
            if (trigger.Service is { } service)
            {
                text.Append(CultureInfo.InvariantCulture, $"          service: {SloRuleGenerator.Quote(service)}\n");
            }
            text.Append("          category: capacity\n");
            text.Append(CultureInfo.InvariantCulture, $"          trigger: {trigger.Id}\n");
            text.Append(CultureInfo.InvariantCulture, $"          {trigger.Action.LabelName}: {SloRuleGenerator.Quote(trigger.Action.Target)}\n");
            text.Append("        annotations:\n");
            text.Append(CultureInfo.InvariantCulture, $"          summary: {SloRuleGenerator.Quote(trigger.Summary)}\n");
            text.Append(CultureInfo.InvariantCulture, $"          description: {SloRuleGenerator.Quote(trigger.Description)}\n");
            text.Append(CultureInfo.InvariantCulture, $"          runbook_url: {SloRuleGenerator.RunbookBase}{trigger.Alert}\n");
            if (trigger.Dashboard is { } dashboard)
            {
                text.Append(CultureInfo.InvariantCulture, $"          dashboard: {dashboard}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The watched expression above the threshold (a compound expression in parentheses).</summary>
    public static string Condition(CapacityTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var threshold = SloRuleGenerator.Number(trigger.Threshold);
        return IsSimple(trigger.Expr) ? $"{trigger.Expr} > {threshold}" : $"(\n  {trigger.Expr.Replace("\n", "\n  ", StringComparison.Ordinal)}\n) > {threshold}";
    }

    private static bool IsSimple(string expr) =>
        !expr.Contains(' ', StringComparison.Ordinal) && !expr.Contains('\n', StringComparison.Ordinal) && !expr.Contains('(', StringComparison.Ordinal);
}
