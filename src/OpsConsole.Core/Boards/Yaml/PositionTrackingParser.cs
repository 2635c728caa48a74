using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Passes YAML parser events through, remembering where the last good one ended.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public Mark LastGoodEnd { get; private set; } = new(0, 1, 1);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGoodEnd = current.End;
        }
        return inner.MoveNext();
    }
}
