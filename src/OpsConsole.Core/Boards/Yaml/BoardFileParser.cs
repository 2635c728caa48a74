using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>
/// Turns the text of one board file into a <see cref="BoardDefinition"/> or the full list of its
/// errors. Never throws for anything in the text.
/// </summary>
internal sealed partial class BoardFileParser
{
    private static readonly TimeSpan DefaultRefresh = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinRefresh = TimeSpan.FromSeconds(5);
    private static readonly BoardTimeRange DefaultTime = new(new RelativeTime(TimeSpan.FromHours(1)), RelativeTime.Now);

    private readonly string _file;
    private readonly BoardErrorSink _errors;

    private BoardFileParser(string file)
    {
        _file = file;
        _errors = new BoardErrorSink(file);
    }

    /// <param name="file">The file's name, used in errors and as the fallback board id.</param>
    /// <param name="text">The file's content.</param>
    public static ParsedBoardFile Parse(string file, string text) => new BoardFileParser(file).Parse(text);

    private ParsedBoardFile Parse(string text)
    {
        var fallbackId = Path.GetFileNameWithoutExtension(_file);
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            _errors.Add(e.Start, string.Empty, "not valid YAML: " + YamlMessage(e), "check the indentation and quoting at this line and the one before");
            return Result(fallbackId, null, null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet fails on some malformed input without a position; the last event it read
            // is where the trouble starts.
            _errors.Add(parser.LastGoodEnd, string.Empty, "not valid YAML after this point", "often a { or [ that is not closed, or a missing quote; check here and the next lines");
            return Result(fallbackId, null, null);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            _errors.Add(new Mark(0, 1, 1), string.Empty, "the file is empty", "a board file needs at least id, title and panels");
            return Result(fallbackId, null, null);
        }
        if (stream.Documents.Count > 1)
        {
            _errors.Add(stream.Documents[1].RootNode, string.Empty, "the file holds more than one YAML document", "put one board per file and remove the \"---\" separator");
        }
        if (YamlValues.Mapping(stream.Documents[0].RootNode, string.Empty, _errors) is not { } root)
        {
            return Result(fallbackId, null, null);
        }
        var fields = new MappingFields(root, string.Empty, _errors,
            "id", "title", "description", "order", "tags", "refresh", "time", "variables", "panels");
        var idNode = fields.Required("id");
        var id = idNode is not null ? ParseId(idNode) : null;
        var title = fields.Required("title") is { } titleNode ? YamlValues.Localized(titleNode, "title", _errors) : null;
        var description = fields.Optional("description") is { } descriptionNode ? YamlValues.Localized(descriptionNode, "description", _errors) : null;
        var order = fields.Optional("order") is { } orderNode ? YamlValues.Integer(orderNode, "order", _errors) : 100;
        var tags = fields.Optional("tags") is { } tagsNode ? ParseTags(tagsNode) : [];
        var refresh = fields.Optional("refresh") is { } refreshNode ? ParseRefresh(refreshNode) : new Optional<TimeSpan?>(DefaultRefresh);
        var time = fields.Optional("time") is { } timeNode ? TimeRangeParser.Parse(timeNode, "time", _errors) : DefaultTime;

        var variableParser = new VariableParser(_errors);
        var variables = fields.Optional("variables") is { } variablesNode ? variableParser.Parse(variablesNode) : [];
        var names = variableParser.DeclaredNames;
        foreach (var variable in variables)
        {
            if (variable is { QueryExprNode: { } exprNode, Definition.Source: QueryResultSource query })
            {
                ExpressionChecks.Check(exprNode, query.Expr, variable.QueryExprPath, names.Where(n => n != variable.Definition.Name).ToList(), _errors);
            }
        }
        var panels = fields.Required("panels") is { } panelsNode ? new PanelParser(_errors, names).Parse(panelsNode) : [];

        BoardDefinition? board = null;
        if (!_errors.HasErrors && id is not null && title is not null && order is not null && tags is not null && refresh.HasValue && time is not null)
        {
            board = new BoardDefinition
            {
                Id = id,
                Title = title,
                Description = description,
                Order = order.Value,
                Tags = tags,
                Refresh = refresh.Value,
                Time = time,
                Variables = variables.Select(v => v.Definition).ToList(),
                Panels = panels,
                SourceFile = _file,
            };
        }
        return Result(id ?? fallbackId, board, idNode);
    }

    private ParsedBoardFile Result(string boardId, BoardDefinition? board, YamlNode? idNode) =>
        new(new BoardFileResult(_file, boardId, board, _errors.Sorted()), idNode?.Start);

    private string? ParseId(YamlNode node)
    {
        if (YamlValues.Text(node, "id", _errors) is not { } id)
        {
            return null;
        }
        if (!PanelParser.Slug().IsMatch(id))
        {
            _errors.Add(node, "id", $"\"{id}\" is not a valid board id", "use lower-case letters, digits and -, e.g. robot-health; the id is part of the board's URL");
            return null;
        }
        return id;
    }

    /// <summary>Tags group boards for playlists (<c>tag: service</c> plays every board tagged service).</summary>
    private IReadOnlyList<string>? ParseTags(YamlNode node)
    {
        if (YamlValues.TextOrList(node, "tags", _errors) is not { } tags)
        {
            return null;
        }
        foreach (var tag in tags.Where(t => !PanelParser.Slug().IsMatch(t)))
        {
            _errors.Add(node, "tags", $"\"{tag}\" is not a valid tag", "use lower-case letters, digits and -, e.g. service");
            return null;
        }
        return tags.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A duration of at least 5 s, or <c>off</c> (null inside the option).</summary>
    private Optional<TimeSpan?> ParseRefresh(YamlNode node)
    {
        if (YamlValues.Text(node, "refresh", _errors) is not { } text)
        {
            return default;
        }
        if (text == "off")
        {
            return new Optional<TimeSpan?>(null);
        }
        if (!PromDuration.TryParse(text, out var refresh))
        {
            _errors.Add(node, "refresh", $"\"{text}\" is not a refresh interval", "write a duration like 10s, 1m or 5m, or off");
            return default;
        }
        if (refresh < MinRefresh)
        {
            _errors.Add(node, "refresh", $"refresh {text} is faster than the shortest allowed, 5s", "use 5s or more");
            return default;
        }
        return new Optional<TimeSpan?>(refresh);
    }

    // YamlDotNet prefixes its messages with both marks; the error already carries the position.
    private static string YamlMessage(YamlException e) => MarkPrefix().Replace(e.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPrefix();

    /// <summary>A parsed value that may be absent because it was wrong (distinct from a parsed null).</summary>
    private readonly record struct Optional<T>(T Value)
    {
        public bool HasValue { get; } = true;
    }
}

/// <summary>The result of one file plus where its id stands, for the cross-file duplicate check.</summary>
internal sealed record ParsedBoardFile(BoardFileResult Result, Mark? IdMark);
