using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Boards.Yaml;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Capacity;

/// <summary>Turns one capacity file into its triggers or every error in it. Never throws for the text.</summary>
internal sealed partial class CapacityFileParser
{
    private static readonly FrozenDictionary<string, CapacityActionKind> Kinds = new Dictionary<string, CapacityActionKind>
    {
        ["hpa"] = CapacityActionKind.Hpa,
        ["rebalance"] = CapacityActionKind.Rebalance,
        ["autoscaling"] = CapacityActionKind.Autoscaling,
        ["manual"] = CapacityActionKind.Manual,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Severities = ["critical", "warning", "info"];

    private readonly BoardErrorSink _errors;

    private CapacityFileParser(string file) => _errors = new BoardErrorSink(file);

    public static CapacityFileResult Parse(string file, string text) => new CapacityFileParser(file).Parse(text);

    private CapacityFileResult Parse(string text)
    {
        var triggers = new List<CapacityTrigger>();
        if (YamlDocumentReader.Root(text, _errors, "a capacity file holds a list of triggers") is { } root)
        {
            var fields = new MappingFields(root, string.Empty, _errors, "triggers");
            if (fields.Required("triggers") is { } list && YamlValues.Sequence(list, "triggers", _errors) is { } sequence)
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Trigger(sequence.Children[i], $"triggers[{i}]") is { } trigger)
                    {
                        if (!ids.Add(trigger.Id))
                        {
                            _errors.Add(sequence.Children[i], $"triggers[{i}].id", $"id \"{trigger.Id}\" is used twice", "give every trigger its own id");
                            continue;
                        }
                        triggers.Add(trigger);
                    }
                }
            }
        }
        return _errors.HasErrors
            ? new CapacityFileResult(_errors.File, [], _errors.Sorted())
            : new CapacityFileResult(_errors.File, triggers, []);
    }

    private CapacityTrigger? Trigger(YamlNode node, string path)
    {
        if (YamlValues.Mapping(node, path, _errors) is not { } mapping)
        {
            return null;
        }
        var f = new MappingFields(mapping, path, _errors,
            "id", "alert", "name", "service", "severity", "expr", "unit", "threshold", "sustain", "action", "summary", "description", "dashboard", "comment");
        var id = f.Required("id") is { } idNode ? Slug(idNode, f.PathOf("id")) : null;
        var alert = f.Required("alert", "the alert name, e.g. FlinkTaskManagerCpuHigh") is { } alertNode ? AlertName(alertNode, f.PathOf("alert")) : null;
        var name = f.Required("name") is { } nameNode ? YamlValues.Localized(nameNode, f.PathOf("name"), _errors) : null;
        var service = f.Optional("service") is { } serviceNode ? YamlValues.Text(serviceNode, f.PathOf("service"), _errors) : null;
        var severity = f.Required("severity") is { } severityNode ? Severity(severityNode, f.PathOf("severity")) : null;
        var expr = f.Required("expr") is { } exprNode ? YamlValues.Text(exprNode, f.PathOf("expr"), _errors)?.Trim() : null;
        Unit? unit = f.Optional("unit") is { } unitNode ? YamlValues.Enum(unitNode, f.PathOf("unit"), BoardVocabulary.Units, "unit", _errors) : Unit.None;
        var threshold = f.Required("threshold") is { } thresholdNode ? YamlValues.Number(thresholdNode, f.PathOf("threshold"), _errors) : null;
        var sustain = f.Required("sustain", "how long above the threshold, e.g. 5m") is { } sustainNode ? Duration(sustainNode, f.PathOf("sustain")) : null;
        var action = f.Required("action") is { } actionNode ? Action(actionNode, f.PathOf("action")) : null;
        var summary = f.Required("summary") is { } summaryNode ? YamlValues.Text(summaryNode, f.PathOf("summary"), _errors) : null;
        var description = f.Required("description") is { } descriptionNode ? YamlValues.Text(descriptionNode, f.PathOf("description"), _errors) : null;
        var dashboard = f.Optional("dashboard") is { } dashboardNode ? YamlValues.Text(dashboardNode, f.PathOf("dashboard"), _errors) : null;
        var comment = f.Optional("comment") is { } commentNode ? YamlValues.Text(commentNode, f.PathOf("comment"), _errors)?.TrimEnd() : null;
        if (id is null || alert is null || name is null || severity is null || expr is null || unit is null || threshold is null
            || sustain is null || action is null || summary is null || description is null)
        {
            return null;
        }
        return new CapacityTrigger
        {
            Id = id,
            Alert = alert,
            Name = name,
            Service = service,
            Severity = severity,
            Expr = expr,
            Unit = unit.Value,
            Threshold = threshold.Value,
            Sustain = sustain.Value,
            Action = action,
            Summary = summary,
            Description = description,
            Dashboard = dashboard,
            Comment = comment,
        };
    }

    private CapacityAction? Action(YamlNode node, string path)
    {
        if (YamlValues.Mapping(node, path, _errors) is not { } mapping)
        {
            return null;
        }
        var f = new MappingFields(mapping, path, _errors, "kind", "target");
        var kind = f.Required("kind", "hpa, rebalance, autoscaling or manual") is { } kindNode ? YamlValues.Enum(kindNode, f.PathOf("kind"), Kinds, "action kind", _errors) : null;
        var target = f.Required("target", "what acts, e.g. autoscaling/v2 CPU") is { } targetNode ? YamlValues.Text(targetNode, f.PathOf("target"), _errors) : null;
        return kind is not null && target is not null ? new CapacityAction(kind.Value, target) : null;
    }

    private string? Severity(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        if (Array.IndexOf(Severities, text) >= 0)
        {
            return text;
        }
        _errors.Add(node, path, $"unknown severity \"{text}\"", Suggestions.DidYouMean(text, Severities));
        return null;
    }

    private string? Slug(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } id)
        {
            return null;
        }
        if (!PanelParser.Slug().IsMatch(id))
        {
            _errors.Add(node, path, $"\"{id}\" is not a valid trigger id", "use lower-case letters, digits and -, e.g. flink-taskmanager-cpu");
            return null;
        }
        return id;
    }

    private string? AlertName(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } name)
        {
            return null;
        }
        if (!Pascal().IsMatch(name))
        {
            _errors.Add(node, path, $"\"{name}\" is not an alert name", "write it in PascalCase, e.g. KafkaDiskUsageHigh");
            return null;
        }
        return name;
    }

    private TimeSpan? Duration(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        if (PromDuration.TryParse(text, out var duration))
        {
            return duration;
        }
        _errors.Add(node, path, $"\"{text}\" is not a duration", "write a duration like 5m or 1h");
        return null;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pascal();
}
