using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Reads the <c>panels</c> list of a board file, including layout and query checks.</summary>
internal sealed partial class PanelParser(BoardErrorSink errors, IReadOnlyCollection<string> variables)
{
    private readonly PanelOptionsParser _options = new(errors);

    public IReadOnlyList<PanelDefinition> Parse(YamlNode node)
    {
        var panels = new List<PanelDefinition>();
        if (YamlValues.Sequence(node, "panels", errors) is not { } sequence)
        {
            return panels;
        }
        if (sequence.Children.Count == 0)
        {
            errors.Add(sequence, "panels", "the board has no panels", "add at least one panel");
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var placed = new List<(string Name, GridPosition Grid)>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"panels[{i}]";
            if (YamlValues.Mapping(sequence.Children[i], path, errors) is not { } mapping)
            {
                continue;
            }
            var fields = new MappingFields(mapping, path, errors, "id", "title", "description", "type", "grid", "targets", "options");
            var id = ParseId(fields, ids, i);
            var title = fields.Required("title") is { } titleNode ? YamlValues.Localized(titleNode, fields.PathOf("title"), errors) : null;
            var description = fields.Optional("description") is { } descriptionNode ? YamlValues.Localized(descriptionNode, fields.PathOf("description"), errors) : null;
            var type = fields.Required("type") is { } typeNode
                ? YamlValues.Enum(typeNode, fields.PathOf("type"), BoardVocabulary.PanelTypes, "panel type", errors)
                : null;
            var grid = fields.Required("grid") is { } gridNode ? ParseGrid(gridNode, fields.PathOf("grid"), placed, id ?? path) : null;
            var targets = fields.Required("targets") is { } targetsNode ? ParseTargets(targetsNode, fields.PathOf("targets")) : null;
            var options = _options.Parse(fields.Optional("options"), fields.PathOf("options"), type);
            if (id is null || title is null || type is null || grid is null || targets is null || options is null)
            {
                continue;
            }
            panels.Add(new PanelDefinition
            {
                Id = id,
                Title = title,
                Description = description,
                Type = type.Value,
                Grid = grid,
                Targets = targets,
                Options = options,
            });
        }
        return panels;
    }

    private string? ParseId(MappingFields fields, Dictionary<string, int> ids, int index)
    {
        if (fields.Required("id") is not { } node || YamlValues.Text(node, fields.PathOf("id"), errors) is not { } id)
        {
            return null;
        }
        if (!Slug().IsMatch(id))
        {
            errors.Add(node, fields.PathOf("id"), $"\"{id}\" is not a valid panel id", "use lower-case letters, digits and -, e.g. cpu-usage");
            return null;
        }
        if (ids.TryGetValue(id, out var first))
        {
            errors.Add(node, fields.PathOf("id"), $"panel id \"{id}\" is already used by panels[{first}]", "panel ids must be unique within a board");
            return null;
        }
        ids[id] = index;
        return id;
    }

    private GridPosition? ParseGrid(YamlNode node, string path, List<(string Name, GridPosition Grid)> placed, string panelName)
    {
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors, "x", "y", "w", "h");
        int? Read(string key, int minimum)
        {
            if (fields.Required(key) is not { } valueNode || YamlValues.Integer(valueNode, fields.PathOf(key), errors) is not { } value)
            {
                return null;
            }
            if (value < minimum)
            {
                errors.Add(valueNode, fields.PathOf(key), $"{key} is {value}, it must be at least {minimum}");
                return null;
            }
            return value;
        }
        var x = Read("x", 0);
        var y = Read("y", 0);
        var w = Read("w", 1);
        var h = Read("h", 1);
        if (x is null || y is null || w is null || h is null)
        {
            return null;
        }
        if (x + w > BoardDefinition.GridColumns)
        {
            errors.Add(fields.Optional("w")!, fields.PathOf("w"),
                $"the panel spans columns {x}..{x + w - 1}, past the {BoardDefinition.GridColumns}-column grid",
                $"x + w must be at most {BoardDefinition.GridColumns}: use w: {Math.Max(1, BoardDefinition.GridColumns - x.Value)} or a smaller x");
            return null;
        }
        var grid = new GridPosition(x.Value, y.Value, w.Value, h.Value);
        foreach (var (otherName, other) in placed)
        {
            if (grid.Overlaps(other))
            {
                errors.Add(node, path, $"overlaps panel \"{otherName}\" (x {other.X}, y {other.Y}, w {other.W}, h {other.H})", "move it to free cells, e.g. below with a larger y");
                break;
            }
        }
        placed.Add((panelName, grid));
        return grid;
    }

    private List<PanelTarget>? ParseTargets(YamlNode node, string path)
    {
        if (YamlValues.Sequence(node, path, errors) is not { } sequence)
        {
            return null;
        }
        if (sequence.Children.Count == 0)
        {
            errors.Add(sequence, path, "the panel has no targets", "add at least one \"- expr: …\"");
            return null;
        }
        var targets = new List<PanelTarget>();
        var refIds = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var targetPath = $"{path}[{i}]";
            if (YamlValues.Mapping(sequence.Children[i], targetPath, errors) is not { } mapping)
            {
                complete = false;
                continue;
            }
            var fields = new MappingFields(mapping, targetPath, errors, "expr", "legend", "refId");
            var exprNode = fields.Required("expr");
            var expr = exprNode is not null ? YamlValues.Text(exprNode, fields.PathOf("expr"), errors) : null;
            if (expr is not null)
            {
                ExpressionChecks.Check(exprNode!, expr, fields.PathOf("expr"), variables, errors);
            }
            var legend = fields.Optional("legend") is { } legendNode ? YamlValues.Text(legendNode, fields.PathOf("legend"), errors) : null;
            // A, B, C… as Grafana names them, unless the file chooses.
            var refId = ((char)('A' + Math.Min(i, 25))).ToString();
            if (fields.Optional("refId") is { } refIdNode && YamlValues.Text(refIdNode, fields.PathOf("refId"), errors) is { } chosen)
            {
                refId = chosen;
                if (!refIds.Add(chosen))
                {
                    errors.Add(refIdNode, fields.PathOf("refId"), $"refId \"{chosen}\" is used twice in this panel", "give each target its own refId");
                }
            }
            else
            {
                refIds.Add(refId);
            }
            if (expr is null)
            {
                complete = false;
                continue;
            }
            targets.Add(new PanelTarget(expr, legend, refId));
        }
        return complete ? targets : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex Slug();
}
