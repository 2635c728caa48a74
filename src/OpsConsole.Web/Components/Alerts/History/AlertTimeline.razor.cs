using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>The recorded changes of one alert; the parent bumps <see cref="Version"/> to have it read them again.</summary>
public sealed partial class AlertTimeline
{
    private IReadOnlyList<AlertHistoryEntry> _entries = [];
    private bool _failed;
    private (string?, long) _loaded;

    [Parameter, EditorRequired]
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>Any change reloads the timeline (e.g. the stream's sequence of the alert's last event).</summary>
    [Parameter]
    public long Version { get; set; }

    [Inject]
    private IAlertHistoryQuery History { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded == (Fingerprint, Version))
        {
            return;
        }
        _loaded = (Fingerprint, Version);
        try
        {
            _entries = await History.TimelineAsync(Fingerprint, CancellationToken.None);
            _failed = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _failed = true;
        }
    }
}
