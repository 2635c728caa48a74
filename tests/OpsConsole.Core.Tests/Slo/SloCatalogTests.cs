using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Slo;
using OpsConsole.Core.Tests.Boards;
using OpsConsole.Testing;

namespace OpsConsole.Core.Tests.Slo;

public sealed class SloCatalogTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly TempBoardFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SloCatalog _catalog;

    public SloCatalogTests()
    {
        _catalog = new SloCatalog(new SloCatalogOptions { Directory = _folder.Path, Debounce = Debounce }, _time, NullLogger<SloCatalog>.Instance);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _folder.Dispose();
    }

    internal static string Valid(string id) => $"""
        id: {id}
        name: {"{"} zh-CN: 中文, en: English {"}"}
        service: svc
        objective: 99.9
        window: 30d
        indicator:
          errors: failures_total
          total: requests_total
        """;

    [Fact]
    public async Task A_broken_file_keeps_its_errors_beside_the_valid_slos_and_a_duplicate_id_is_an_error_of_the_second_file()
    {
        _folder.Write("a.yaml", Valid("alpha"));
        _folder.Write("b.yaml", Valid("bravo").Replace("window: 30d", "window: 30", StringComparison.Ordinal));
        _folder.Write("c.yaml", Valid("alpha"));

        var snapshot = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal(["alpha"], snapshot.Slos.Select(s => s.Id));
        Assert.Equal(["a.yaml", "b.yaml", "c.yaml"], snapshot.Files.Select(f => f.File));
        var window = Assert.Single(snapshot.FileOf("bravo")!.Errors);
        Assert.Equal(("b.yaml", 5, "window"), (window.File, window.Line, window.Field));
        var duplicate = Assert.Single(snapshot.Files[2].Errors);
        Assert.Equal(("c.yaml", "id"), (duplicate.File, duplicate.Field));
    }

    [Fact]
    public async Task An_edited_file_is_reloaded_by_the_watcher_after_the_debounce()
    {
        _folder.Write("a.yaml", Valid("alpha"));
        await _catalog.StartAsync(CancellationToken.None);
        var reloaded = new TaskCompletionSource<SloCatalogSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _catalog.Changed += (_, e) => reloaded.TrySetResult(e);

        _folder.Write("b.yaml", Valid("bravo"));

        // The watcher's event arrives on its own thread; keep the fake clock moving past the debounce until it reloaded.
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
            Eventually.InProcessDeadline,
            "the reload after the debounce");

        Assert.Equal(["alpha", "bravo"], (await reloaded.Task).Slos.Select(s => s.Id));
        Assert.Equal(2, _catalog.Current.Version);
    }
}
