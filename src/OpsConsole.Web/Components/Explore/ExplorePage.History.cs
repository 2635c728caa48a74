using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Explore;

/// <summary>The signed-in user's query history: every run is recorded, entries can be starred, named, reopened and forgotten.</summary>
public sealed partial class ExplorePage
{
    private const int HistoryShown = 50;

    private IReadOnlyList<QueryHistoryEntry> _history = [];
    private string? _owner;

    [Inject]
    private IQueryHistoryStore HistoryStore { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IOptionsMonitor<ExploreOptions> OptionsMonitor { get; set; } = default!;

    private ExploreOptions Options => OptionsMonitor.CurrentValue;

    private async Task<string?> OwnerAsync()
    {
        if (_owner is null)
        {
            var principal = await User.PrincipalAsync();
            _owner = principal.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
        }
        return _owner;
    }

    private async Task LoadHistoryAsync()
    {
        if (await OwnerAsync() is not { } owner)
        {
            return;
        }
        await StoreAsync(async () => _history = await HistoryStore.ListAsync(owner, HistoryShown, CancellationToken.None));
    }

    private async Task RecordHistoryAsync(IReadOnlyList<string> expressions)
    {
        if (await OwnerAsync() is not { } owner)
        {
            return;
        }
        await StoreAsync(async () =>
        {
            foreach (var expression in expressions.Where(e => e.Length <= QueryHistoryEntry.MaxExpressionLength))
            {
                await HistoryStore.RecordRunAsync(owner, expression, CancellationToken.None);
            }
            _history = await HistoryStore.ListAsync(owner, HistoryShown, CancellationToken.None);
        });
    }

    private Task OpenHistoryAsync(QueryHistoryEntry entry) => LoadAndRunAsync([entry.Expression]);

    private Task StarAsync(QueryHistoryEntry entry) =>
        ChangeHistoryAsync((owner, ct) => HistoryStore.SetStarredAsync(owner, entry.Id, !entry.Starred, ct));

    private Task RenameAsync((QueryHistoryEntry Entry, string? Name) rename) =>
        ChangeHistoryAsync((owner, ct) => HistoryStore.RenameAsync(owner, rename.Entry.Id, rename.Name, ct));

    private Task DeleteHistoryAsync(QueryHistoryEntry entry) =>
        ChangeHistoryAsync((owner, ct) => HistoryStore.DeleteAsync(owner, entry.Id, ct));

    private async Task ChangeHistoryAsync(Func<string, CancellationToken, Task<bool>> change)
    {
        if (await OwnerAsync() is not { } owner)
        {
            return;
        }
        await StoreAsync(async () =>
        {
            await change(owner, CancellationToken.None);
            _history = await HistoryStore.ListAsync(owner, HistoryShown, CancellationToken.None);
        });
    }

    // History is a convenience: a store failure is logged and said, and the query still runs.
    private async Task StoreAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHistoryFailed(Logger, ex);
            _notice = ExploreText.HistoryFailed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Explore query history could not be read or written")]
    private static partial void LogHistoryFailed(ILogger logger, Exception exception);
}
