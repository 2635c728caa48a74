using OpsConsole.Testing;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

public sealed class BoardCatalogTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly TempBoardFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<BoardCatalog> _logger = new();
    private readonly BoardCatalog _catalog;

    public BoardCatalogTests()
    {
        _catalog = new BoardCatalog(new BoardCatalogOptions { Directory = _folder.Path, Debounce = Debounce }, _time, _logger);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Before_the_first_load_the_catalog_is_empty()
    {
        _folder.Write("a.yaml", BoardYaml.Valid("a"));

        Assert.Same(BoardCatalogSnapshot.Empty, _catalog.Current);
        Assert.Equal(["a"], (await _catalog.ReloadAsync(CancellationToken.None)).Boards.Select(b => b.Id));
    }

    [Fact]
    public async Task A_broken_file_shows_its_errors_while_the_other_boards_keep_working_until_it_is_fixed()
    {
        _folder.Write("a.yaml", BoardYaml.Valid("a"));
        _folder.Write("b.yaml", BoardYaml.Valid("b"));
        await _catalog.ReloadAsync(CancellationToken.None);

        _folder.Write("b.yaml", BoardYaml.Valid("b").Replace("type: stat", "type: pie", StringComparison.Ordinal));
        var broken = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal(["a"], broken.Boards.Select(b => b.Id));
        Assert.Null(broken.FindBoard("b"));
        var error = Assert.Single(broken.FindFile("b")!.Errors);
        Assert.Equal(("b.yaml", 6, "panels[0].type"), (error.File, error.Line, error.Field));
        Assert.Same(error, Assert.Single(broken.Errors));

        _folder.Write("b.yaml", BoardYaml.Valid("b"));
        var fixedSnapshot = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], fixedSnapshot.Boards.Select(b => b.Id));
        Assert.Empty(fixedSnapshot.Errors);
        Assert.Same(fixedSnapshot, _catalog.Current);
    }

    [Fact]
    public async Task Changed_is_raised_once_per_real_change_with_both_snapshots()
    {
        _folder.Write("a.yaml", BoardYaml.Valid("a"));
        var changes = new List<BoardCatalogChangedEventArgs>();
        _catalog.Changed += (_, e) => changes.Add(e);

        var first = await _catalog.ReloadAsync(CancellationToken.None);
        await _catalog.ReloadAsync(CancellationToken.None);
        _folder.Delete("a.yaml");
        var second = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal(2, changes.Count);
        Assert.Same(BoardCatalogSnapshot.Empty, changes[0].Previous);
        Assert.Same(first, changes[0].Current);
        Assert.Same(first, changes[1].Previous);
        Assert.Same(second, changes[1].Current);
        Assert.Empty(second.Boards);
        Assert.Equal(2, second.Version);
    }

    [Fact]
    public async Task A_subscriber_that_throws_does_not_stop_the_others()
    {
        _folder.Write("a.yaml", BoardYaml.Valid("a"));
        var told = false;
        _catalog.Changed += (_, _) => throw new InvalidOperationException("subscriber bug");
        _catalog.Changed += (_, _) => told = true;

        await _catalog.ReloadAsync(CancellationToken.None);

        Assert.True(told);
        Assert.Equal(["a"], _catalog.Current.Boards.Select(b => b.Id));
    }

    [Fact]
    public async Task Each_error_is_logged_once_with_file_line_field_and_reason()
    {
        _folder.Write("b.yaml", BoardYaml.Valid("b").Replace("type: stat", "type: pie", StringComparison.Ordinal));

        await _catalog.ReloadAsync(CancellationToken.None);
        await _catalog.ReloadAsync(CancellationToken.None);

        var entry = Assert.Single(_logger.Entries, e => e.EventId == 3501);
        Assert.Equal("b.yaml", entry.Properties["File"]);
        Assert.Equal(6, entry.Properties["Line"]);
        Assert.Equal("panels[0].type", entry.Properties["Field"]);
        Assert.Equal("unknown panel type \"pie\"", entry.Properties["Reason"]);
    }

    [Fact]
    public async Task An_edited_file_is_reloaded_after_the_folder_is_quiet_for_the_debounce()
    {
        _folder.Write("a.yaml", BoardYaml.Valid("a"));
        await _catalog.StartAsync(CancellationToken.None);
        var reloaded = new TaskCompletionSource<BoardCatalogSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _catalog.Changed += (_, e) => reloaded.TrySetResult(e.Current);

        _folder.Write("a.yaml", "id: a\ntitle: [\n");

        // The watcher's event arrives on its own thread at some point; keep moving the fake clock
        // past the debounce until the reload it schedules has happened.
        await Eventually.Until(
            () =>
            {
                if (reloaded.Task.IsCompleted)
                {
                    return true;
                }
                _time.Advance(Debounce);
                return false;
            },
            Deadline,
            "the reload after the debounce");
        var snapshot = await reloaded.Task;

        Assert.Empty(snapshot.Boards);
        Assert.NotEmpty(snapshot.FindFile("a")!.Errors);
    }
}
