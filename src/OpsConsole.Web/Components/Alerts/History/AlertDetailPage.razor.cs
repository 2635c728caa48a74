using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Components.Alerts.History;

/// <summary>
/// One alert by fingerprint: the live alert while it is current, else what the history recorded (so a link from a
/// notification still resolves after the alert resolved), and its timeline. <c>?ack=1</c> (a notification's
/// acknowledge link) highlights the acknowledge panel; acknowledging is always the user's tap, never the GET.
/// </summary>
public sealed partial class AlertDetailPage
{
    private long _version;
    private bool _canOperate;
    private AlertHistoryEntry? _last;
    private string? _lastLoadedFor;

    [Parameter]
    public string Fingerprint { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "ack")]
    public string? Ack { get; set; }

    [Inject]
    private IAlertHistoryQuery History { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private ILogger<AlertDetailPage> Logger { get; set; } = default!;

    private bool AckRequested => Ack is "1" or "true";

    private LiveAlert? Current => Snapshot.Find(Fingerprint);

    private string Name => Current?.AlertName ?? _last?.AlertName ?? Fingerprint;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operate)).Succeeded;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Current is null && _lastLoadedFor != Fingerprint)
        {
            _lastLoadedFor = Fingerprint;
            await LoadLastAsync();
        }
    }

    protected override Task OnAlertChangedAsync(AlertStreamEvent change)
    {
        if (change.Fingerprint != Fingerprint)
        {
            return Task.CompletedTask;
        }
        // The recorder stores the change too; reading it again shows it (or the next event will).
        _version = change.Sequence;
        if (change.Change == AlertChange.Resolved)
        {
            // What the recorder is about to store; the history holds it on the next visit.
            _last = new AlertHistoryEntry
            {
                Id = 0,
                Fingerprint = Fingerprint,
                AlertName = change.Alert.AlertName,
                Labels = change.Alert.Labels.Values,
                State = AlertHistoryStates.Resolved,
                At = change.Alert.EndsAt is { } ended && ended <= Now ? ended : Now,
            };
        }
        return Task.CompletedTask;
    }

    private async Task LoadLastAsync()
    {
        try
        {
            var entries = await History.TimelineAsync(Fingerprint, CancellationToken.None);
            _last = entries.Count > 0 ? entries[^1] : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The timeline says the history is unavailable; the page still shows what it can.
            LogHistoryFailed(Logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the history of an alert for its detail page")]
    private static partial void LogHistoryFailed(ILogger logger, Exception exception);
}
