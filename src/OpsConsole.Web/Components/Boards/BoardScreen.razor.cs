using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Components.TimeNavigation;

namespace OpsConsole.Web.Components.Boards;

/// <summary>
/// Renders one board from its definition: the live board frame (range, refresh, full screen in the URL),
/// the variables bar with choices loaded for the board's range, and the panel grid.
/// </summary>
public sealed partial class BoardScreen : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
    private IReadOnlyList<string> _choiceErrors = [];
    private BoardDefinition? _loadedFor;

    [Parameter, EditorRequired]
    public required BoardDefinition Board { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    [Inject]
    private IVariableValues VariableValues { get; set; } = default!;

    [Inject]
    private ILogger<BoardScreen> Logger { get; set; } = default!;

    private TimeRange DefaultRange => new(
        TimeExpression.BeforeNow(Board.Time.From.Ago),
        Board.Time.To.Ago == TimeSpan.Zero ? TimeExpression.Now : TimeExpression.BeforeNow(Board.Time.To.Ago));

    private RefreshInterval DefaultRefresh => Board.Refresh is { } period ? RefreshInterval.Every(period) : RefreshInterval.Off;

    private BoardUrlState UrlState => BoardUrlState.FromUri(Navigation.Uri, DefaultRange, DefaultRefresh);

    private IReadOnlyDictionary<string, IReadOnlyList<string>> Selection =>
        VariableSelection.Resolve(Board, UrlState.Variables, _choices);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once interactive, and again after a reload changed the board's variables.
        if (ReferenceEquals(_loadedFor, Board) || Board.Variables.Count == 0)
        {
            return;
        }

        if (_loadedFor is not null && _loadedFor.Variables.SequenceEqual(Board.Variables))
        {
            _loadedFor = Board;
            return;
        }

        _loadedFor = Board;
        await LoadChoicesAsync(Board);
    }

    private async Task LoadChoicesAsync(BoardDefinition board)
    {
        var now = TimeProvider.GetUtcNow();
        var range = UrlState.Range;
        var (start, end) = (range.From.Resolve(now), range.To.Resolve(now));
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var variable in board.Variables)
        {
            try
            {
                choices[variable.Name] = await VariableValues.ValuesAsync(variable, start, end, _disposed.Token);
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The board still works: the variable matches everything until its choices load.
                BoardsWebLog.VariableValuesFailed(Logger, board.Id, variable.Name, e);
                errors.Add(BoardText.VariableFailed(variable.Name, e.Message));
            }
        }

        _choices = choices;
        _choiceErrors = errors;
        StateHasChanged();
    }
}
