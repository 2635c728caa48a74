using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Components.Alerts.Silences;

/// <summary>Active, pending and recently expired silences as Alertmanager lists them; operators edit, expire and re-create.</summary>
public sealed partial class SilencesPage
{
    /// <summary>Alertmanager keeps expired silences for its retention (5 days by default): the newest are enough here.</summary>
    private const int ExpiredShown = 50;

    private readonly CancellationTokenSource _closing = new();
    private IReadOnlyList<Silence> _silences = [];
    private bool _canOperate;
    private string? _error;

    [Inject]
    private ISilenceService Silences { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canOperate = (await Authorization.AuthorizeAsync(await PrincipalAsync(), Policies.Operate)).Succeeded;
        await LoadAsync();
    }

    protected override Task OnAlertChangedAsync(AlertStreamEvent change) =>
        // A silence came or went (perhaps from another console or amtool): read the list again.
        change.Change is AlertChange.Silenced or AlertChange.Unsilenced ? LoadAsync() : Task.CompletedTask;

    protected override async ValueTask DisposeCoreAsync()
    {
        await _closing.CancelAsync();
        _closing.Dispose();
    }

    private IEnumerable<(string Title, string State, IReadOnlyList<Silence> Silences)> Sections()
    {
        yield return (AlertsText.Active, "active", [.. _silences.Where(s => s.State == SilenceState.Active).OrderBy(s => s.EndsAt)]);
        yield return (AlertsText.PendingSilences, "pending", [.. _silences.Where(s => s.State == SilenceState.Pending).OrderBy(s => s.StartsAt)]);
        yield return (AlertsText.Expired, "expired",
            [.. _silences.Where(s => s.State == SilenceState.Expired).OrderByDescending(s => s.EndsAt).Take(ExpiredShown)]);
    }

    private int MatchCount(Silence silence) => Snapshot.Alerts.Count(a => silence.Matches(a.Labels));

    private static string RecreateHref(Silence silence) =>
        $"{SilenceLinks.NewPath}?matchers={Uri.EscapeDataString(MatcherParser.Format(silence.Matchers))}&comment={Uri.EscapeDataString(silence.Comment)}";

    private async Task LoadAsync()
    {
        try
        {
            _silences = await Silences.ListAsync(_closing.Token);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = $"{AlertsText.SilencesUnavailable} {ex.Message}";
        }
    }

    private async Task ExpireAsync(Silence silence)
    {
        var result = await Silences.ExpireAsync(silence.Id, await PrincipalAsync(), _closing.Token);
        _error = result.Succeeded ? null : $"{AlertsText.ActionFailed}: {AlertsText.Problem(result)}";
        await LoadAsync();
    }

    private string Local(DateTimeOffset at) => DisplayTime.DateTime(at, Time);

    private async Task<ClaimsPrincipal> PrincipalAsync() => (await Authentication.GetAuthenticationStateAsync()).User;
}
