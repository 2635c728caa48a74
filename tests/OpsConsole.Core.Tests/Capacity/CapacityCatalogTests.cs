using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Capacity;
using OpsConsole.Core.Tests.Boards;
using OpsConsole.Testing;

namespace OpsConsole.Core.Tests.Capacity;

public sealed class CapacityCatalogTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly TempBoardFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly CapacityCatalog _catalog;

    public CapacityCatalogTests()
    {
        _catalog = new CapacityCatalog(new CapacityCatalogOptions { Directory = _folder.Path, Debounce = Debounce }, _time,
            NullLogger<CapacityCatalog>.Instance);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_broken_file_keeps_its_errors_with_line_and_field_while_the_other_files_triggers_load()
    {
        _folder.Write("a.yaml", CapacityYaml.File(CapacityYaml.Trigger("cpu")));
        _folder.Write("b.yaml", CapacityYaml.File(CapacityYaml.Trigger("disk", threshold: 0.8)).Replace("sustain: 5m", "sustain: soon", StringComparison.Ordinal));

        await _catalog.StartAsync(CancellationToken.None);

        var snapshot = _catalog.Current;
        Assert.Equal(["cpu"], snapshot.Triggers.Select(t => t.Id));
        var broken = Assert.Single(snapshot.BrokenFiles);
        Assert.Equal("b.yaml", broken.File);
        var error = Assert.Single(broken.Errors);
        Assert.Equal("triggers[0].sustain", error.Field);
        Assert.True(error.Line > 1, $"the error should point at the sustain line, got {error}");
    }

    [Fact]
    public async Task An_edited_file_is_reloaded_after_the_folder_is_quiet_for_the_debounce()
    {
        _folder.Write("a.yaml", CapacityYaml.File(CapacityYaml.Trigger("cpu")));
        await _catalog.StartAsync(CancellationToken.None);
        var reloaded = new TaskCompletionSource<CapacityCatalogSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        _catalog.Changed += (_, snapshot) => reloaded.TrySetResult(snapshot);

        _folder.Write("a.yaml", CapacityYaml.File(CapacityYaml.Trigger("cpu"), CapacityYaml.Trigger("memory", "redis_memory_used_bytes")));

        // The watcher's event arrives on its own thread; keep moving the fake clock past the debounce until it reloads.
        await Eventually.Until(() =>
        {
            if (reloaded.Task.IsCompleted)
            {
                return true;
            }
            _time.Advance(Debounce);
            return false;
        }, Deadline, "the reload after the debounce");
        var next = await reloaded.Task;
        Assert.Equal(["cpu", "memory"], next.Triggers.Select(t => t.Id));
        Assert.Equal(2, next.Version);
    }

    [Fact]
    public async Task The_shipped_capacity_file_loads_without_errors()
    {
        using var catalog = new CapacityCatalog(new CapacityCatalogOptions { Directory = RepositoryPaths.Combine("deploy", "capacity") },
            _time, NullLogger<CapacityCatalog>.Instance);

        await catalog.StartAsync(CancellationToken.None);

        Assert.Empty(catalog.Current.BrokenFiles);
        Assert.Contains(catalog.Current.Triggers, t => t.Id == "flink-taskmanager-cpu");
    }
}
