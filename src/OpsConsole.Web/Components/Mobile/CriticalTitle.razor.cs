using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Components.Alerts.Shared;

namespace OpsConsole.Web.Components.Mobile;

/// <summary>
/// The number of firing critical alerts in front of the page title (and on the installed app's badge, where the
/// browser has one), so a tab strip or a phone's app switcher says it without opening the console. Only a number
/// reaches the browser; the title itself is text.
/// </summary>
public sealed partial class CriticalTitle
{
    private TitleCountInterop? _interop;
    private int _shown;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Firing (not pending) alerts whose severity is critical.</summary>
    public static int Count(AlertSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Alerts.Count(a => a.Phase == AlertPhase.Firing && AlertSeverity.IsCritical(a.Labels));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var count = Count(Snapshot);
        if (!firstRender && count == _shown)
        {
            return;
        }
        _interop ??= new TitleCountInterop(JS);
        try
        {
            await _interop.SetCountAsync(count, CancellationToken.None);
            _shown = count;
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone.
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        if (_interop is not null)
        {
            await _interop.DisposeAsync();
        }
    }
}
