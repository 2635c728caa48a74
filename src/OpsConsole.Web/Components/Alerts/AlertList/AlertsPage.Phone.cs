using MudBlazor;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Components.Mobile;

namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>The phone's quick actions of the alert list (Components/Mobile): one-tap ack, silence by a preset.</summary>
public sealed partial class AlertsPage
{
    private async Task AcknowledgeNowAsync(LiveAlert alert) =>
        Report(await Acks.AcknowledgeAsync(alert.Fingerprint, null, await PrincipalAsync(), _closing.Token));

    private async Task SilenceQuicklyAsync(LiveAlert alert)
    {
        var parameters = new DialogParameters<QuickSilenceDialog>
        {
            { d => d.AlertName, alert.AlertName },
            { d => d.EditorHref, SilenceLinks.FromLabels(alert.Labels) },
        };
        var dialog = await Dialogs.ShowAsync<QuickSilenceDialog>(MobileText.QuickSilenceTitle, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, Position = DialogPosition.BottomCenter });
        if (await dialog.Result is not { Canceled: false, Data: QuickSilenceChoice choice })
        {
            return;
        }
        var request = new SilenceRequest
        {
            Matchers = SilenceMatchers.ForLabels(alert.Labels),
            Duration = choice.Preset.Length,
            Comment = string.IsNullOrWhiteSpace(choice.Note) ? MobileText.QuickSilenceDefaultComment : choice.Note,
        };
        Report(await SilenceService.CreateAsync(request, await PrincipalAsync(), _closing.Token));
    }
}
