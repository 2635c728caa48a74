using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Reads the <c>variables</c> list of a board file.</summary>
internal sealed partial class VariableParser(BoardErrorSink errors)
{
    private const string LabelValuesKey = "labelValues";
    private const string QueryKey = "query";

    private readonly List<string> _declared = [];

    /// <summary>
    /// Every variable name the file declares, including those of variables with other errors, so
    /// a broken variable does not also make each of its uses an "undefined variable" error.
    /// </summary>
    public IReadOnlyList<string> DeclaredNames => _declared;

    /// <summary>The variables, with their nodes kept for checks that need all names first.</summary>
    public IReadOnlyList<ParsedVariable> Parse(YamlNode node)
    {
        var parsed = new List<ParsedVariable>();
        if (YamlValues.Sequence(node, "variables", errors) is not { } sequence)
        {
            return parsed;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"variables[{i}]";
            if (YamlValues.Mapping(sequence.Children[i], path, errors) is not { } mapping)
            {
                continue;
            }
            var variable = ParseOne(new MappingFields(mapping, path, errors,
                "name", "label", LabelValuesKey, QueryKey, "multi", "includeAll", "default"));
            if (variable is null)
            {
                continue;
            }
            if (!seen.Add(variable.Definition.Name))
            {
                errors.Add(variable.NameNode, path + ".name", $"variable \"{variable.Definition.Name}\" is defined twice", "give each variable its own name");
                continue;
            }
            parsed.Add(variable);
        }
        return parsed;
    }

    private ParsedVariable? ParseOne(MappingFields fields)
    {
        var nameNode = fields.Required("name");
        string? name = null;
        if (nameNode is not null && YamlValues.Text(nameNode, fields.PathOf("name"), errors) is { } text)
        {
            if (VariableName().IsMatch(text))
            {
                name = text;
                if (!_declared.Contains(text))
                {
                    _declared.Add(text);
                }
            }
            else
            {
                errors.Add(nameNode, fields.PathOf("name"), $"\"{text}\" is not a valid variable name", "use letters, digits and _ (not first a digit), e.g. region");
            }
        }
        var label = fields.Required("label") is { } labelNode ? YamlValues.Localized(labelNode, fields.PathOf("label"), errors) : null;
        var source = ParseSource(fields, out var queryNode);
        var multi = fields.Optional("multi") is { } multiNode && YamlValues.Boolean(multiNode, fields.PathOf("multi"), errors) == true;
        var includeAll = fields.Optional("includeAll") is { } allNode && YamlValues.Boolean(allNode, fields.PathOf("includeAll"), errors) == true;
        IReadOnlyList<string> defaults = [];
        if (fields.Optional("default") is { } defaultNode &&
            YamlValues.TextOrList(defaultNode, fields.PathOf("default"), errors) is { } values)
        {
            defaults = values;
            if (values.Contains(BoardQuery.AllValue) && !includeAll)
            {
                errors.Add(defaultNode, fields.PathOf("default"), $"\"{BoardQuery.AllValue}\" (All) is the default but includeAll is not set", "add \"includeAll: true\" or choose a value");
            }
            if (values.Count > 1 && !multi)
            {
                errors.Add(defaultNode, fields.PathOf("default"), $"{values.Count} default values but the variable is single-select", "add \"multi: true\" or keep one value");
            }
        }
        if (name is null || label is null || source is null || nameNode is null)
        {
            return null;
        }
        var definition = new VariableDefinition
        {
            Name = name,
            Label = label,
            Source = source,
            Multi = multi,
            IncludeAll = includeAll,
            Default = defaults,
        };
        return new ParsedVariable(definition, nameNode, queryNode, fields.PathOf(QueryKey) + ".expr");
    }

    private VariableSource? ParseSource(MappingFields fields, out YamlNode? queryExprNode)
    {
        queryExprNode = null;
        var labelValues = fields.Optional(LabelValuesKey);
        var query = fields.Optional(QueryKey);
        if (labelValues is not null && query is not null)
        {
            errors.Add(fields.KeyNode(QueryKey)!, fields.PathOf(QueryKey), "a variable takes its values from labelValues or from query, not both", "keep one of the two");
            return null;
        }
        if (labelValues is null && query is null)
        {
            errors.Add(fields.Node, fields.PathOf(LabelValuesKey), "the variable has no source of values", "add \"labelValues: {metric: …, label: …}\" or \"query: {expr: …, regex: …}\"");
            return null;
        }
        if (labelValues is not null)
        {
            return ParseLabelValues(labelValues, fields.PathOf(LabelValuesKey));
        }
        return ParseQuery(query!, fields.PathOf(QueryKey), out queryExprNode);
    }

    private LabelValuesSource? ParseLabelValues(YamlNode node, string path)
    {
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors, "metric", "label");
        var metric = fields.Required("metric") is { } metricNode ? YamlValues.Text(metricNode, fields.PathOf("metric"), errors) : null;
        string? label = null;
        if (fields.Required("label") is { } labelNode && YamlValues.Text(labelNode, fields.PathOf("label"), errors) is { } text)
        {
            if (VariableName().IsMatch(text))
            {
                label = text;
            }
            else
            {
                errors.Add(labelNode, fields.PathOf("label"), $"\"{text}\" is not a valid Prometheus label name", "label names are letters, digits and _ (not first a digit)");
            }
        }
        return metric is not null && label is not null ? new LabelValuesSource(metric, label) : null;
    }

    private QueryResultSource? ParseQuery(YamlNode node, string path, out YamlNode? exprNode)
    {
        exprNode = null;
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, errors, "expr", "regex");
        exprNode = fields.Required("expr");
        var expr = exprNode is not null ? YamlValues.Text(exprNode, fields.PathOf("expr"), errors) : null;
        string? regex = null;
        if (fields.Required("regex", "e.g. regex: 'pod=\"([^\"]+)\"' takes the pod label of each result series") is { } regexNode &&
            YamlValues.Text(regexNode, fields.PathOf("regex"), errors) is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
                regex = pattern;
            }
            catch (ArgumentException e)
            {
                errors.Add(regexNode, fields.PathOf("regex"), $"not a valid regular expression: {e.Message}");
            }
        }
        return expr is not null && regex is not null ? new QueryResultSource(expr, regex) : null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();
}

/// <summary>A variable with the nodes later checks point at.</summary>
/// <param name="QueryExprNode">The <c>query.expr</c> node of a query variable, null for label values.</param>
internal sealed record ParsedVariable(VariableDefinition Definition, YamlNode NameNode, YamlNode? QueryExprNode, string QueryExprPath);
