using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Boards;

/// <summary>The choices of a board variable over a time range.</summary>
public interface IVariableValues
{
    /// <summary>The values <paramref name="variable"/> offers for series seen between <paramref name="start"/> and <paramref name="end"/>.</summary>
    Task<IReadOnlyList<string>> ValuesAsync(VariableDefinition variable, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);
}
