using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.History;

/// <summary>Splits a history filter into what SQL answers (columns, exact values) and the matchers left to apply to rows.</summary>
internal static class HistorySelection
{
    public static (AlertHistorySelection Selection, IReadOnlyList<Matcher> Remaining) Of(AlertHistoryFilter filter, DateTimeOffset from, DateTimeOffset to)
    {
        var selection = new AlertHistorySelection
        {
            From = from,
            To = to,
            AlertName = filter.AlertName,
            State = filter.State,
            Fingerprint = filter.Fingerprint,
        };
        var rest = new List<Matcher>();
        foreach (var matcher in filter.Matchers)
        {
            // "label=" also matches a missing label, which a NULL column does not say: only non-empty values go to SQL.
            var exact = matcher.Operator == MatchOperator.Equal && matcher.Value.Length > 0;
            switch (matcher.Name)
            {
                case "alertname" when exact && selection.AlertName is null:
                    selection = selection with { AlertName = matcher.Value };
                    break;
                case "service" when exact && selection.Service is null:
                    selection = selection with { Service = matcher.Value };
                    break;
                case "severity" when exact && selection.Severity is null:
                    selection = selection with { Severity = matcher.Value };
                    break;
                default:
                    rest.Add(matcher);
                    break;
            }
        }
        return (selection, rest);
    }
}
