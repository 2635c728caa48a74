using OpsConsole.Core.Boards;
using OpsConsole.Core.Files;

namespace OpsConsole.Core.Slo;

/// <summary>What loading one SLO file gave: the SLO, or every error found in it (never both).</summary>
/// <param name="File">The file's name.</param>
/// <param name="SloId">The id the file states, or its name without extension when the id could not be read.</param>
public sealed record SloFileResult(string File, string SloId, SloDefinition? Slo, IReadOnlyList<BoardFileError> Errors) : IDefinitionFileResult
{
    public bool IsValid => Slo is not null;
}
