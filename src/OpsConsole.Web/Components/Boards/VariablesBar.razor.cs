using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.TimeNavigation;

namespace OpsConsole.Web.Components.Boards;

/// <summary>Selectors for a board's variables; the selection lives in the URL (<c>var-&lt;name&gt;</c>), so a link restores it.</summary>
public sealed partial class VariablesBar
{
    [Parameter, EditorRequired]
    public required BoardDefinition Board { get; set; }

    /// <summary>What each variable stands for now (see <see cref="VariableSelection.Resolve"/>).</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Selection { get; set; }

    /// <summary>The values each variable offers (loaded from Prometheus).</summary>
    [Parameter]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; set; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static string Show(string? value) => value == BoardQuery.AllValue ? BoardText.All : value ?? string.Empty;

    // All first when offered; a selected value the source no longer offers (e.g. from a bookmark) stays choosable.
    private static IEnumerable<string> Options(VariableDefinition variable, IReadOnlyList<string> offered, IReadOnlyList<string> selected)
    {
        var options = variable.IncludeAll ? new List<string> { BoardQuery.AllValue } : [];
        options.AddRange(offered);
        options.AddRange(selected.Where(s => s != BoardQuery.AllValue));
        return options.Distinct(StringComparer.Ordinal);
    }

    private void OnChanged(VariableDefinition variable, IReadOnlyList<string> before, IEnumerable<string> chosen)
    {
        var values = VariableSelection.Normalize(variable, before, chosen);
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [BoardUrlState.VariablePrefix + variable.Name] = values.ToArray(),
        }));
    }
}
