using System.Globalization;
using System.Text.RegularExpressions;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Boards.Yaml;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Slo;

/// <summary>Turns the text of one SLO file into a <see cref="SloDefinition"/> or every error in it. Never throws for the text.</summary>
internal sealed partial class SloFileParser
{
    private static readonly TimeSpan ShortestWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(90);
    private const double DefaultMinimumTraffic = 0.1;

    private readonly string _file;
    private readonly BoardErrorSink _errors;

    private SloFileParser(string file)
    {
        _file = file;
        _errors = new BoardErrorSink(file);
    }

    public static SloFileResult Parse(string file, string text) => new SloFileParser(file).Parse(text);

    private SloFileResult Parse(string text)
    {
        var fallbackId = Path.GetFileNameWithoutExtension(_file);
        if (YamlDocumentReader.Root(text, _errors, "an SLO file needs id, name, service, objective, window and indicator") is not { } root)
        {
            return new SloFileResult(_file, fallbackId, null, _errors.Sorted());
        }
        var fields = new MappingFields(root, string.Empty, _errors,
            "id", "name", "description", "service", "objective", "window", "indicator", "group_by", "minimum_traffic");
        var id = fields.Required("id") is { } idNode ? ParseId(idNode) : null;
        var name = fields.Required("name") is { } nameNode ? YamlValues.Localized(nameNode, "name", _errors) : null;
        var description = fields.Optional("description") is { } descriptionNode ? YamlValues.Localized(descriptionNode, "description", _errors) : null;
        var service = fields.Required("service", "the service label of the generated alerts, e.g. webhook-service") is { } serviceNode
            ? YamlValues.Text(serviceNode, "service", _errors)
            : null;
        var objective = fields.Required("objective", "a percentage, e.g. 99.95") is { } objectiveNode ? ParseObjective(objectiveNode) : null;
        var window = fields.Required("window", "e.g. 30d") is { } windowNode ? ParseWindow(windowNode) : null;
        var indicator = fields.Required("indicator") is { } indicatorNode ? ParseIndicator(indicatorNode) : null;
        var groupBy = fields.Optional("group_by") is { } groupNode ? ParseGroupBy(groupNode) : [];
        var minimumTraffic = fields.Optional("minimum_traffic") is { } trafficNode ? ParseTraffic(trafficNode) : DefaultMinimumTraffic;

        SloDefinition? slo = null;
        if (!_errors.HasErrors && id is not null && name is not null && service is not null && objective is not null
            && window is not null && indicator is not null && groupBy is not null && minimumTraffic is not null)
        {
            slo = new SloDefinition
            {
                Id = id,
                Name = name,
                Description = description,
                Service = service,
                Objective = objective.Value,
                Window = window.Value,
                Indicator = indicator,
                GroupBy = groupBy,
                MinimumTraffic = minimumTraffic.Value,
                SourceFile = _file,
            };
        }
        return new SloFileResult(_file, id ?? fallbackId, slo, _errors.Sorted());
    }

    private string? ParseId(YamlNode node)
    {
        if (YamlValues.Text(node, "id", _errors) is not { } id)
        {
            return null;
        }
        if (!PanelParser.Slug().IsMatch(id))
        {
            _errors.Add(node, "id", $"\"{id}\" is not a valid SLO id", "use lower-case letters, digits and -, e.g. webhook-availability; it becomes the slo label and the page's URL");
            return null;
        }
        return id;
    }

    /// <summary>A percentage strictly between 0 and 100, stored as a fraction.</summary>
    private double? ParseObjective(YamlNode node)
    {
        if (YamlValues.Number(node, "objective", _errors) is not { } percent)
        {
            return null;
        }
        if (percent is <= 0 or >= 100)
        {
            var hint = percent is > 0 and < 1 ? $"write the objective in percent: {(percent * 100).ToString(CultureInfo.InvariantCulture)}" : "e.g. 99.95 for 99.95 %";
            _errors.Add(node, "objective", $"objective {percent.ToString(CultureInfo.InvariantCulture)} is not a percentage between 0 and 100", hint);
            return null;
        }
        if (percent < 1)
        {
            _errors.Add(node, "objective", $"objective {percent.ToString(CultureInfo.InvariantCulture)} % leaves almost everything as error budget",
                $"objectives are in percent; did you mean {(percent * 100).ToString(CultureInfo.InvariantCulture)}?");
            return null;
        }
        return Math.Round(percent / 100, 10);
    }

    private TimeSpan? ParseWindow(YamlNode node)
    {
        if (YamlValues.Text(node, "window", _errors) is not { } text)
        {
            return null;
        }
        if (!PromDuration.TryParse(text, out var window))
        {
            _errors.Add(node, "window", $"\"{text}\" is not a duration", "write a duration like 30d or 28d");
            return null;
        }
        if (window < ShortestWindow || window > LongestWindow)
        {
            _errors.Add(node, "window", $"window {text} is outside 1d..90d", "the burn-rate alerts assume a window of weeks; 30d is usual");
            return null;
        }
        return window;
    }

    private SloIndicator? ParseIndicator(YamlNode node)
    {
        if (YamlValues.Mapping(node, "indicator", _errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, "indicator", _errors, "errors", "good", "total");
        var total = fields.Required("total", "the counter of every event, e.g. robot_commands_total") is { } totalNode
            ? SelectorCheck.Counter(totalNode, "indicator.total", _errors)
            : null;
        var (errors, good) = (fields.Optional("errors"), fields.Optional("good"));
        if (errors is not null && good is not null)
        {
            _errors.Add(fields.KeyNode("good")!, "indicator.good", "give either errors or good, not both", "errors counts bad events, good counts good ones; bad = total - good");
            return null;
        }
        if (errors is null && good is null)
        {
            _errors.Add(mapping, "indicator", "neither errors nor good is given", "add errors: <counter of bad events> or good: <counter of good events>");
            return null;
        }
        var kind = errors is not null ? SloIndicatorKind.Errors : SloIndicatorKind.Good;
        var field = kind == SloIndicatorKind.Errors ? "indicator.errors" : "indicator.good";
        var selector = SelectorCheck.Counter(errors ?? good!, field, _errors);
        return selector is not null && total is not null ? new SloIndicator(kind, selector, total) : null;
    }

    private IReadOnlyList<string>? ParseGroupBy(YamlNode node)
    {
        if (YamlValues.TextOrList(node, "group_by", _errors) is not { } labels)
        {
            return null;
        }
        foreach (var label in labels)
        {
            if (!LabelName().IsMatch(label) || label is SloSeries.SloLabel or "service")
            {
                _errors.Add(node, "group_by", $"\"{label}\" cannot be a grouping label",
                    label is SloSeries.SloLabel or "service" ? "slo and service are set by the generator" : "a label name: letters, digits and _");
                return null;
            }
        }
        return labels;
    }

    private double? ParseTraffic(YamlNode node)
    {
        if (YamlValues.Number(node, "minimum_traffic", _errors) is not { } value)
        {
            return null;
        }
        if (value < 0)
        {
            _errors.Add(node, "minimum_traffic", "minimum_traffic must not be negative", "events per second the alert's long window must average; 0 turns the guard off");
            return null;
        }
        return value;
    }

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelName();
}
