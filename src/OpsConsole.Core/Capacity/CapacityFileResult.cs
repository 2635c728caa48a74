using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Capacity;

/// <summary>One capacity file: its triggers, or every error in it (never both).</summary>
public sealed record CapacityFileResult(string File, IReadOnlyList<CapacityTrigger> Triggers, IReadOnlyList<BoardFileError> Errors) : IDefinitionFileResult
{
    public bool IsValid => Errors.Count == 0;
}
