using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Storage;
using OpsConsole.Web.Wall;

namespace OpsConsole.Web.Components.Wall;

/// <summary>
/// <c>/admin/screens</c>: every wall page open on this console (screen, playlist, board on screen, since when, last
/// heartbeat, the browser's memory), with "next board" and "reload now" pushed to it. Every push is audited.
/// </summary>
public sealed partial class ScreensPage
{
    private IReadOnlyList<WallConnection> _connections = [];

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private IAuditLog Audit { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    private DateTimeOffset Now => TimeProvider.GetUtcNow();

    protected override void OnInitialized()
    {
        _connections = Screens.Connections;
        Screens.Changed += OnScreensChanged;
        OnDispose(() => Screens.Changed -= OnScreensChanged);
        // Ages move without any event.
        Track(TimeProvider.CreateTimer(_ => _ = Apply(() => { }), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)));
    }

    private void OnScreensChanged() => _ = Apply(() => _connections = Screens.Connections);

    private async Task PushAsync(WallConnection connection, WallCommand command)
    {
        var actor = await User.ActorAsync();
        Screens.Push(connection.Id, command);
        await Audit.WriteAsync(new AuditRecord
        {
            Actor = actor,
            Action = command == WallCommand.Reload ? AuditActions.WallReloadPushed : AuditActions.WallNextPushed,
            Target = connection.ScreenId,
            Detail = connection.CurrentBoard,
        }, Gone);
    }

    private static string MemoryText(WallConnection connection)
    {
        var heap = connection.HeapBytes is { } bytes ? UnitFormatter.Format(bytes, Unit.Bytes, 1, System.Globalization.CultureInfo.CurrentCulture) : "–";
        return connection.DomNodes is { } nodes ? $"{heap} · {WallText.Nodes(nodes)}" : heap;
    }
}
