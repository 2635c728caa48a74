using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>
/// PromQL investigation: one or more queries, graphed together over a range or tabled at its end, split into a
/// tree of sub-expressions. The queries, range, step and tab live in the URL (<c>/explore?expr=…&amp;range=1h</c>),
/// so a link shares exactly this view; opening one runs it.
/// </summary>
public sealed partial class ExplorePage : IDisposable
{
    internal const int GraphTab = 0;
    internal const int TableTab = 1;
    internal const int TreeTab = 2;

    private static readonly string[] Ranges = ["5m", "15m", "30m", "1h", "3h", "6h", "12h", "1d", "2d", "7d"];
    private static readonly string[] TabNames = ["graph", "table", "tree"];

    private readonly List<QueryDraft> _queries = [new(0)];
    private readonly Dictionary<int, PromQlEditor> _editors = [];
    private int _nextKey = 1;
    private string _range = "1h";
    private string? _step;
    private bool _stepInvalid;
    private int _tab;
    private bool _graphStale = true;
    private bool _tableStale = true;
    private bool _treeStale = true;
    private bool _runOnFirstRender;
    private CancellationTokenSource? _run;
    private bool _running;
    private string? _notice;
    private string? _panelYaml;
    private IReadOnlyList<string> _warnings = [];
    private IReadOnlyList<string> _infos = [];
    private IReadOnlyList<ChartSeries> _chart = [];
    private ChartWindow? _window;
    private string _graphedKey = string.Empty;
    private string? _graphStatus;
    private IReadOnlyList<TableBlock> _table = [];

    [SupplyParameterFromQuery(Name = "expr")]
    public string[]? Expressions { get; set; }

    [SupplyParameterFromQuery(Name = "range")]
    public string? RangeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "step")]
    public string? StepParameter { get; set; }

    [SupplyParameterFromQuery(Name = "tab")]
    public string? TabParameter { get; set; }

    [Inject]
    private ExploreQueryService Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private EditorInterop Editor { get; set; } = default!;

    [Inject]
    private ILogger<ExplorePage> Logger { get; set; } = default!;

    private int ActiveTab
    {
        get => _tab;
        set
        {
            if (_tab != value)
            {
                _tab = value;
                _ = InvokeAsync(RunActiveTabIfStaleAsync);
            }
        }
    }

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override void OnParametersSet()
    {
        var fromUrl = (Expressions ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
        if (fromUrl.Count > 0 && !fromUrl.SequenceEqual(Runnable().Select(q => q.Expression)))
        {
            _queries.Clear();
            foreach (var expression in fromUrl.Take(10))
            {
                _queries.Add(new QueryDraft(_nextKey++) { Expression = expression });
            }
            _runOnFirstRender = true;
        }
        if (RangeParameter is { } range && Ranges.Contains(range))
        {
            _range = range;
        }
        if (!string.IsNullOrWhiteSpace(StepParameter))
        {
            _step = StepParameter;
        }
        if (TabParameter is { } tab && Array.IndexOf(TabNames, tab) is >= 0 and var index)
        {
            _tab = index;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await LoadHistoryAsync();
            if (_runOnFirstRender)
            {
                _runOnFirstRender = false;
                await RunAsync(readEditors: false);
            }
            StateHasChanged();
        }
    }

    private Task RunAsync() => RunAsync(readEditors: true);

    // The Run button reads the editors (their debounced text may lag a keystroke); a preset, a history entry or a
    // link sets the text itself, before the editors have shown it.
    private async Task RunAsync(bool readEditors)
    {
        if (readEditors)
        {
            await ReadEditorsAsync();
        }
        var expressions = _queries.Select(q => q.Expression.Trim()).Where(e => e.Length > 0).ToList();
        if (expressions.Count == 0)
        {
            return;
        }
        if (!TryStep(out _))
        {
            _stepInvalid = true;
            return;
        }
        _stepInvalid = false;
        _graphNode = null;
        _graphStale = _tableStale = _treeStale = true;
        UpdateUrl();
        await RecordHistoryAsync(expressions);
        await RunActiveTabIfStaleAsync();
    }

    private Task RunPresetAsync(ExplorePreset preset) => LoadAndRunAsync([preset.Expression]);

    /// <summary>Replaces the queries (new editors, no old errors) and runs them.</summary>
    private async Task LoadAndRunAsync(IReadOnlyList<string> expressions)
    {
        _queries.Clear();
        _editors.Clear();
        foreach (var expression in expressions)
        {
            _queries.Add(new QueryDraft(_nextKey++) { Expression = expression });
        }
        StateHasChanged();
        await RunAsync(readEditors: false);
    }

    private async Task RunActiveTabIfStaleAsync()
    {
        var stale = _tab switch
        {
            GraphTab => _graphStale,
            TableTab => _tableStale,
            _ => _treeStale,
        };
        if (!stale || _queries.All(q => string.IsNullOrWhiteSpace(q.Expression)))
        {
            return;
        }
        var token = StartRun();
        try
        {
            switch (_tab)
            {
                case GraphTab:
                    await RunGraphAsync(token);
                    _graphStale = false;
                    break;
                case TableTab:
                    await RunTableAsync(token);
                    _tableStale = false;
                    break;
                default:
                    await BuildTreeAsync();
                    _treeStale = false;
                    break;
            }
            _notice = null;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            _notice = ExploreText.Cancelled;
        }
        finally
        {
            EndRun(token);
            StateHasChanged();
        }
    }

    private async Task RunGraphAsync(CancellationToken token)
    {
        var (start, end) = Window();
        TryStep(out var step);
        var running = Runnable().Select(q => (q, Queries.RangeAsync(q.Expression, start, end, step, token))).ToList();
        await Task.WhenAll(running.Select(r => r.Item2));
        token.ThrowIfCancellationRequested();
        var outcomes = running.Select(r => (Query: r.q, Outcome: r.Item2.Result)).ToList();
        foreach (var (query, outcome) in outcomes)
        {
            query.Error = outcome.Error;
        }
        ShowGraph(outcomes.Select(o => (o.Query.Expression, o.Outcome)).ToList(), start, end);
    }

    private void ShowGraph(IReadOnlyList<(string Expression, QueryOutcome<GraphData> Outcome)> outcomes, DateTimeOffset start, DateTimeOffset end)
    {
        var several = outcomes.Count > 1;
        var series = new List<ChartSeries>();
        var total = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Outcome.Value is not { } data)
            {
                continue;
            }
            total += data.TotalSeries;
            var prefix = several ? Letter(i) + ": " : string.Empty;
            series.AddRange(data.Series.Select(s => new ChartSeries(
                prefix + s.Labels, [.. s.Points.Select(p => ChartPoint.At(p.Timestamp, p.Value))])));
        }
        _chart = series;
        _window = ChartWindow.Of(start, end);
        _graphedKey = string.Join('\n', outcomes.Select(o => o.Expression));
        var took = outcomes.Max(o => o.Outcome.Took);
        var steps = outcomes.Select(o => o.Outcome.Value?.Step).FirstOrDefault(s => s is not null);
        _graphStatus = ExploreText.GraphStatus(series.Count, total, steps is { } s ? PromDuration.Format(s) : "-", took.TotalMilliseconds);
        CollectNotes(outcomes.Select(o => (o.Outcome.Warnings, o.Outcome.Infos)));
    }

    private async Task RunTableAsync(CancellationToken token)
    {
        var (_, end) = Window();
        var running = Runnable().Select(q => (q, Queries.InstantAsync(q.Expression, end, token))).ToList();
        await Task.WhenAll(running.Select(r => r.Item2));
        token.ThrowIfCancellationRequested();
        var blocks = new List<TableBlock>();
        for (var i = 0; i < running.Count; i++)
        {
            var (query, task) = running[i];
            var outcome = task.Result;
            query.Error = outcome.Error;
            blocks.Add(TableBlock.From(Letter(_queries.IndexOf(query)), query.Expression, outcome, Options.MaxTableRows));
        }
        _table = blocks;
        CollectNotes(running.Select(r => (r.Item2.Result.Warnings, r.Item2.Result.Infos)));
    }

    private void Cancel() => _run?.Cancel();

    private CancellationToken StartRun()
    {
        _run?.Cancel();
        _run?.Dispose();
        _run = new CancellationTokenSource();
        _running = true;
        _notice = null;
        StateHasChanged();
        return _run.Token;
    }

    private void EndRun(CancellationToken token)
    {
        if (_run?.Token == token)
        {
            _running = false;
        }
    }

    private void CollectNotes(IEnumerable<(IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos)> notes)
    {
        var all = notes.ToList();
        _warnings = [.. all.SelectMany(n => n.Warnings).Distinct(StringComparer.Ordinal)];
        _infos = [.. all.SelectMany(n => n.Infos).Distinct(StringComparer.Ordinal)];
    }

    private IEnumerable<QueryDraft> Runnable() => _queries.Where(q => !string.IsNullOrWhiteSpace(q.Expression));

    private (DateTimeOffset Start, DateTimeOffset End) Window()
    {
        var end = Time.GetUtcNow();
        return (end - (PromDuration.TryParse(_range, out var range) ? range : TimeSpan.FromHours(1)), end);
    }

    // Empty means automatic; anything else must be a Prometheus duration.
    private bool TryStep(out TimeSpan? step)
    {
        step = null;
        if (string.IsNullOrWhiteSpace(_step))
        {
            return true;
        }
        if (PromDuration.TryParse(_step.Trim(), out var parsed) && parsed > TimeSpan.Zero)
        {
            step = parsed;
            return true;
        }
        return false;
    }

    private async Task ReadEditorsAsync()
    {
        foreach (var query in _queries)
        {
            if (_editors.TryGetValue(query.Key, out var editor))
            {
                query.Expression = await editor.CurrentTextAsync();
            }
        }
    }

    private void AddQuery() => _queries.Add(new QueryDraft(_nextKey++));

    private void RemoveQuery(QueryDraft query)
    {
        _queries.Remove(query);
        _editors.Remove(query.Key);
        _graphStale = _tableStale = _treeStale = true;
    }

    public void Dispose()
    {
        _run?.Cancel();
        _run?.Dispose();
    }

    private sealed class QueryDraft(int key)
    {
        public int Key { get; } = key;

        public string Expression { get; set; } = string.Empty;

        public QueryError? Error { get; set; }
    }
}
