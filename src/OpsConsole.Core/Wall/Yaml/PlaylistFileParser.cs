using OpsConsole.Core.Boards;
using OpsConsole.Core.Boards.Yaml;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Wall.Yaml;

/// <summary>Turns the text of one playlist file into a <see cref="PlaylistDefinition"/> or every error in it. Never throws for the text.</summary>
internal sealed class PlaylistFileParser
{
    private static readonly TimeSpan ShortestDwell = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestDwell = TimeSpan.FromHours(24);

    private readonly string _file;
    private readonly BoardErrorSink _errors;
    private readonly List<string> _screenIds = [];

    private PlaylistFileParser(string file)
    {
        _file = file;
        _errors = new BoardErrorSink(file);
    }

    public static PlaylistFileResult Parse(string file, string text) => new PlaylistFileParser(file).Parse(text);

    private PlaylistFileResult Parse(string text)
    {
        var fallbackId = Path.GetFileNameWithoutExtension(_file);
        if (YamlDocumentReader.Root(text, _errors, "a playlist file needs id, title and entries") is not { } root)
        {
            return Result(fallbackId, null);
        }
        var fields = new MappingFields(root, string.Empty, _errors, "id", "title", "entries", "screens");
        var id = fields.Required("id") is { } idNode ? Slug(idNode, "id", "playlist id", "e.g. noc-wall") : null;
        var title = fields.Required("title") is { } titleNode ? YamlValues.Localized(titleNode, "title", _errors) : null;
        var entries = fields.Required("entries", "a list of {board: <id>, dwell: 30s}") is { } entriesNode ? ParseEntries(entriesNode) : null;
        var screens = fields.Optional("screens") is { } screensNode ? ParseScreens(screensNode, id ?? fallbackId) : [];
        if (_errors.HasErrors || id is null || title is null || entries is null || screens is null)
        {
            return Result(id ?? fallbackId, null);
        }
        return Result(id, new PlaylistDefinition { Id = id, Title = title, Entries = entries, Screens = screens, SourceFile = _file });
    }

    private PlaylistFileResult Result(string id, PlaylistDefinition? playlist) =>
        new(_file, id, playlist, _errors.Sorted()) { ScreenIds = [.. _screenIds] };

    private List<PlaylistEntry>? ParseEntries(YamlNode node)
    {
        if (YamlValues.Sequence(node, "entries", _errors) is not { } sequence)
        {
            return null;
        }
        if (sequence.Children.Count == 0)
        {
            _errors.Add(node, "entries", "the playlist has no entries", "add at least one {board: <id>, dwell: 30s}");
            return null;
        }
        var entries = new List<PlaylistEntry>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ParseEntry(sequence.Children[i], $"entries[{i}]") is { } entry)
            {
                entries.Add(entry);
            }
        }
        return entries.Count == sequence.Children.Count ? entries : null;
    }

    private PlaylistEntry? ParseEntry(YamlNode node, string path)
    {
        if (YamlValues.Mapping(node, path, _errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, _errors, "board", "tag", "dwell", "variables", "time");
        var (boardNode, tagNode) = (fields.Optional("board"), fields.Optional("tag"));
        if (boardNode is not null && tagNode is not null)
        {
            _errors.Add(fields.KeyNode("tag")!, fields.PathOf("tag"), "give either board or tag, not both", "board plays one board, tag every board with that tag");
            return null;
        }
        if (boardNode is null && tagNode is null)
        {
            _errors.Add(mapping, fields.PathOf("board"), "the entry names no board", "add board: <board id> or tag: <board tag>");
            return null;
        }
        var board = boardNode is not null ? Slug(boardNode, fields.PathOf("board"), "board id", "a board's id, e.g. robot-health") : null;
        var tag = tagNode is not null ? Slug(tagNode, fields.PathOf("tag"), "tag", "a tag of the boards' files, e.g. service") : null;
        var dwell = fields.Required("dwell", "how long the board stays, e.g. 30s or 2m") is { } dwellNode ? ParseDwell(dwellNode, fields.PathOf("dwell")) : null;
        var variables = fields.Optional("variables") is { } variablesNode
            ? ParseVariables(variablesNode, fields.PathOf("variables"))
            : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var time = fields.Optional("time") is { } timeNode ? TimeRangeParser.Parse(timeNode, fields.PathOf("time"), _errors) : null;
        if ((board ?? tag) is null || dwell is null || variables is null || (fields.Has("time") && time is null))
        {
            return null;
        }
        return new PlaylistEntry { Board = board, Tag = tag, Dwell = dwell.Value, Variables = variables, Time = time, Line = (int)node.Start.Line };
    }

    private TimeSpan? ParseDwell(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        if (!PromDuration.TryParse(text, out var dwell))
        {
            _errors.Add(node, path, $"\"{text}\" is not a duration", "write a duration like 30s, 2m or 1h");
            return null;
        }
        if (dwell < ShortestDwell || dwell > LongestDwell)
        {
            _errors.Add(node, path, $"dwell {text} is outside 5s..24h", "a board needs a few seconds to be read; 20s to 2m is usual");
            return null;
        }
        return dwell;
    }

    private Dictionary<string, IReadOnlyList<string>>? ParseVariables(YamlNode node, string path)
    {
        if (YamlValues.Mapping(node, path, _errors) is not { } mapping)
        {
            return null;
        }
        var variables = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                _errors.Add(key, path, "a variable name must be plain text");
                ok = false;
                continue;
            }
            if (YamlValues.TextOrList(value, $"{path}.{name}", _errors) is { } values)
            {
                variables[name] = values;
            }
            else
            {
                ok = false;
            }
        }
        return ok ? variables : null;
    }

    private List<ScreenDefinition>? ParseScreens(YamlNode node, string playlistId)
    {
        if (YamlValues.Sequence(node, "screens", _errors) is not { } sequence)
        {
            return null;
        }
        var screens = new List<ScreenDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ParseScreen(sequence.Children[i], $"screens[{i}]", playlistId) is { } screen)
            {
                screens.Add(screen);
            }
        }
        return screens.Count == sequence.Children.Count ? screens : null;
    }

    private ScreenDefinition? ParseScreen(YamlNode node, string path, string playlistId)
    {
        if (YamlValues.Mapping(node, path, _errors) is not { } mapping)
        {
            return null;
        }
        var fields = new MappingFields(mapping, path, _errors, "id", "kiosk", "language", "time_zone", "ticker", "takeover");
        var id = fields.Required("id", "the screen's name in its URL, /wall/<id>") is { } idNode ? Slug(idNode, fields.PathOf("id"), "screen id", "e.g. noc-left") : null;
        if (id is not null)
        {
            _screenIds.Add(id);
        }
        var kiosk = fields.Required("kiosk", "the Name of an entry of Auth:KioskTokens") is { } kioskNode ? YamlValues.Text(kioskNode, fields.PathOf("kiosk"), _errors) : null;
        var language = fields.Optional("language") is { } languageNode ? ParseLanguage(languageNode, fields.PathOf("language")) : "zh-CN";
        var zone = fields.Optional("time_zone") is { } zoneNode ? ParseZone(zoneNode, fields.PathOf("time_zone")) : TimeZoneInfo.Utc;
        var ticker = fields.Optional("ticker") is { } tickerNode ? YamlValues.Boolean(tickerNode, fields.PathOf("ticker"), _errors) : true;
        var takeover = fields.Optional("takeover") is { } takeoverNode ? YamlValues.Boolean(takeoverNode, fields.PathOf("takeover"), _errors) : true;
        if (id is null || kiosk is null || language is null || zone is null || ticker is null || takeover is null)
        {
            return null;
        }
        return new ScreenDefinition
        {
            Id = id, Kiosk = kiosk, PlaylistId = playlistId, Language = language, TimeZone = zone, Ticker = ticker.Value, Takeover = takeover.Value,
            Line = (int)node.Start.Line,
        };
    }

    private string? ParseLanguage(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        string[] languages = ["zh-CN", "en"];
        if (Array.IndexOf(languages, text) >= 0)
        {
            return text;
        }
        _errors.Add(node, path, $"unknown language \"{text}\"", Suggestions.DidYouMean(text, languages));
        return null;
    }

    private TimeZoneInfo? ParseZone(YamlNode node, string path)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return zone;
        }
        _errors.Add(node, path, $"unknown time zone \"{text}\"", "an IANA zone name such as Asia/Shanghai or UTC");
        return null;
    }

    private string? Slug(YamlNode node, string path, string what, string hint)
    {
        if (YamlValues.Text(node, path, _errors) is not { } text)
        {
            return null;
        }
        if (PanelParser.Slug().IsMatch(text))
        {
            return text;
        }
        _errors.Add(node, path, $"\"{text}\" is not a valid {what}", $"use lower-case letters, digits and -, {hint}");
        return null;
    }
}
