using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Components.Boards;

/// <summary>What each board variable stands for right now: the URL's choice, else the board's default.</summary>
public static class VariableSelection
{
    /// <summary>
    /// For every variable of <paramref name="board"/>: the values the URL names (<c>var-&lt;name&gt;</c>);
    /// else its default; else "All" when it offers All; else the first of its <paramref name="choices"/>;
    /// else nothing, which matches every value until the choices have loaded.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Resolve(
        BoardDefinition board,
        IReadOnlyDictionary<string, IReadOnlyList<string>> fromUrl,
        IReadOnlyDictionary<string, IReadOnlyList<string>> choices)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(fromUrl);
        ArgumentNullException.ThrowIfNull(choices);
        var selection = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var variable in board.Variables)
        {
            selection[variable.Name] = fromUrl.TryGetValue(variable.Name, out var chosen) && chosen.Count > 0 ? chosen
                : variable.Default.Count > 0 ? variable.Default
                : variable.IncludeAll ? [BoardQuery.AllValue]
                : choices.TryGetValue(variable.Name, out var offered) && offered.Count > 0 ? [offered[0]]
                : [];
        }
        return selection;
    }

    /// <summary>
    /// A multi-select change with "All" in mind: picking All clears the others, picking a value while
    /// All was selected drops All, and clearing everything means All again (or nothing without All).
    /// </summary>
    public static IReadOnlyList<string> Normalize(VariableDefinition variable, IReadOnlyList<string> before, IEnumerable<string> after)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var chosen = after.Distinct(StringComparer.Ordinal).ToList();
        var hadAll = before.Contains(BoardQuery.AllValue, StringComparer.Ordinal);
        var hasAll = chosen.Contains(BoardQuery.AllValue, StringComparer.Ordinal);
        if (hasAll && (!hadAll || chosen.Count == 1))
        {
            return [BoardQuery.AllValue];
        }
        if (hasAll)
        {
            chosen.Remove(BoardQuery.AllValue);
        }
        return chosen.Count == 0 && variable.IncludeAll ? [BoardQuery.AllValue] : chosen;
    }
}
