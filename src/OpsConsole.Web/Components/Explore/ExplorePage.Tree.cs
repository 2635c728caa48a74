using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Components.Explore;

/// <summary>The tree tab: the first query split into its sub-expressions, each evaluated on demand and graphed on click.</summary>
public sealed partial class ExplorePage
{
    private string? _graphNode;
    private IReadOnlyList<ExpressionNode> _tree = [];
    private readonly Dictionary<string, QueryOutcome<NodeStats>> _nodeStats = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    private async Task BuildTreeAsync()
    {
        var first = _queries.FirstOrDefault(q => !string.IsNullOrWhiteSpace(q.Expression));
        _tree = first is not null && _editors.TryGetValue(first.Key, out var editor) ? await editor.TreeAsync() : [];
        _nodeStats.Clear();
    }

    private async Task EvaluateNodeAsync(string expression)
    {
        if (!_evaluating.Add(expression))
        {
            return;
        }
        try
        {
            var (_, end) = Window();
            _nodeStats[expression] = await Queries.NodeStatsAsync(expression, end, CancellationToken.None);
        }
        finally
        {
            _evaluating.Remove(expression);
        }
    }

    private async Task GraphNodeAsync(string expression)
    {
        _tab = GraphTab;
        var token = StartRun();
        try
        {
            var (start, end) = Window();
            TryStep(out var step);
            var outcome = await Queries.RangeAsync(expression, start, end, step, token);
            token.ThrowIfCancellationRequested();
            _graphNode = expression;
            // The queries' own graph is no longer on screen.
            _graphStale = true;
            ShowGraph([(expression, outcome)], start, end);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            _notice = ExploreText.Cancelled;
        }
        finally
        {
            EndRun(token);
        }
    }

    private Task BackToQueriesAsync()
    {
        _graphNode = null;
        _graphStale = true;
        return RunActiveTabIfStaleAsync();
    }
}
