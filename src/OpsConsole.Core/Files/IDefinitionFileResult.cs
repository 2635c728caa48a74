using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Files;

/// <summary>What loading one definition file (a playlist, an SLO, capacity triggers) gave: its errors when broken.</summary>
public interface IDefinitionFileResult
{
    string File { get; }

    IReadOnlyList<BoardFileError> Errors { get; }

    bool IsValid { get; }
}
