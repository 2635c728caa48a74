using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Collects the errors of one board file, so parsing goes on after the first.</summary>
internal sealed class BoardErrorSink(string file)
{
    private readonly List<BoardFileError> _errors = [];

    public string File { get; } = file;

    public bool HasErrors => _errors.Count > 0;

    public void Add(YamlNode node, string field, string reason, string? hint = null) => Add(node.Start, field, reason, hint);

    public void Add(Mark mark, string field, string reason, string? hint = null) =>
        _errors.Add(new BoardFileError(File, (int)mark.Line, (int)mark.Column, field, reason, hint));

    public IReadOnlyList<BoardFileError> Sorted() =>
        _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Field, StringComparer.Ordinal).ToList();
}
