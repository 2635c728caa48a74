using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>
/// The live alert list: firing and pending alerts from the <see cref="IAlertStream"/>, filtered by matchers and
/// grouped, updated in place as events arrive. Operators acknowledge and silence from here; the services check
/// the role again.
/// </summary>
public sealed partial class AlertsPage
{
    private static readonly (AlertGroupBy GroupBy, string Label)[] GroupChoices =
    [
        (AlertGroupBy.AlertName, AlertsText.GroupAlertName),
        (AlertGroupBy.Service, AlertsText.GroupService),
        (AlertGroupBy.Severity, AlertsText.GroupSeverity),
    ];

    private readonly CancellationTokenSource _closing = new();
    private MatcherFilter _filter = MatcherFilter.Empty;
    private AlertGroupBy _groupBy = AlertGroupBy.AlertName;
    private IReadOnlyDictionary<string, Silence> _silences = new Dictionary<string, Silence>();
    private bool _loadingSilences;
    private bool _canOperate;
    private bool _notify;
    private bool _live;
    private string _userName = string.Empty;
    private string? _actionError;
    private AlertNotifyInterop? _notifier;

    /// <summary>A matcher filter to start with, e.g. <c>?filter=alertname="KafkaConsumerLagHigh"</c> from the rules page.</summary>
    [SupplyParameterFromQuery(Name = "filter")]
    public string? FilterParameter { get; set; }

    [Inject]
    private IAckService Acks { get; set; } = default!;

    [Inject]
    private ISilenceService SilenceService { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<AlertsPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await PrincipalAsync();
        _userName = user.Identity?.Name ?? string.Empty;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operate)).Succeeded;
        if (!string.IsNullOrWhiteSpace(FilterParameter))
        {
            _filter = _filter.With(FilterParameter);
        }
        await LoadSilencesAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        _live = true;
        StateHasChanged();
        if (_userName.Length == 0)
        {
            return;
        }
        _notifier = new AlertNotifyInterop(JS);
        try
        {
            _notify = await _notifier.IsEnabledAsync(_userName, _closing.Token);
            if (_notify)
            {
                StateHasChanged();
            }
        }
        catch (JSException ex)
        {
            LogNotifyFailed(Logger, ex);
        }
    }

    protected override async Task OnAlertChangedAsync(AlertStreamEvent change)
    {
        if (change.Change == AlertChange.Silenced && change.Alert.SilencedBy.Any(id => !_silences.ContainsKey(id)))
        {
            _ = LoadSilencesAndRenderAsync();
        }
        if (change.Change == AlertChange.Fired && _notify && _notifier is not null && AlertSeverity.IsCritical(change.Alert.Labels))
        {
            try
            {
                var body = change.Alert.Annotations["summary"] ?? change.Alert.Labels.ToString();
                await _notifier.NotifyAsync($"{AlertsText.NewCritical}: {change.Alert.AlertName}", body, change.Fingerprint, _closing.Token);
            }
            catch (JSException ex)
            {
                LogNotifyFailed(Logger, ex);
            }
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        await _closing.CancelAsync();
        _closing.Dispose();
        if (_notifier is not null)
        {
            await _notifier.DisposeAsync();
        }
    }

    private void SetFilter(string? text) => _filter = _filter.With(text);

    private async Task SetNotifyAsync(bool enabled)
    {
        if (_notifier is null || _userName.Length == 0)
        {
            return;
        }
        try
        {
            if (enabled)
            {
                _notify = true;
                if (!await _notifier.EnableAsync(_userName, _closing.Token))
                {
                    _actionError = AlertsText.NotifyBlocked;
                }
            }
            else
            {
                _notify = false;
                await _notifier.DisableAsync(_userName, _closing.Token);
            }
        }
        catch (JSException ex)
        {
            LogNotifyFailed(Logger, ex);
        }
    }

    private async Task AcknowledgeAsync(LiveAlert alert)
    {
        var parameters = new DialogParameters<AckDialog> { { d => d.AlertName, alert.AlertName } };
        var dialog = await Dialogs.ShowAsync<AckDialog>(AlertsText.AckTitle, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is null || result.Canceled)
        {
            return;
        }
        var note = result.Data as string;
        var outcome = await Acks.AcknowledgeAsync(alert.Fingerprint, string.IsNullOrWhiteSpace(note) ? null : note, await PrincipalAsync(), _closing.Token);
        Report(outcome);
    }

    private async Task UnacknowledgeAsync(LiveAlert alert) =>
        Report(await Acks.UnacknowledgeAsync(alert.Fingerprint, await PrincipalAsync(), _closing.Token));

    private void Report(AlertActionResult result) =>
        _actionError = result.Succeeded ? null : $"{AlertsText.ActionFailed}: {AlertsText.Problem(result)}";

    private async Task LoadSilencesAndRenderAsync()
    {
        await LoadSilencesAsync();
        await InvokeAsync(StateHasChanged);
    }

    private async Task LoadSilencesAsync()
    {
        if (_loadingSilences)
        {
            return;
        }
        _loadingSilences = true;
        try
        {
            var silences = await SilenceService.ListAsync(_closing.Token);
            _silences = silences.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Who silenced is a nicety: the list still shows "silenced" from the stream.
            LogSilencesFailed(Logger, ex);
        }
        finally
        {
            _loadingSilences = false;
        }
    }

    private async Task<ClaimsPrincipal> PrincipalAsync() => (await Authentication.GetAuthenticationStateAsync()).User;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the silences for the alert list")]
    private static partial void LogSilencesFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Alert notification module failed")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);
}
