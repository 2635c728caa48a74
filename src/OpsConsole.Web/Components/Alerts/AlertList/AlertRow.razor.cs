using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Components.Mobile;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>One row of the alert list: severity, name, age, summary, links, states and the operator's actions.</summary>
public sealed partial class AlertRow
{
    // Shown elsewhere in the row already, or noise for a reader.
    private static readonly HashSet<string> HiddenLabels = new(StringComparer.Ordinal) { "alertname", "severity" };

    [Parameter, EditorRequired]
    public LiveAlert Alert { get; set; } = default!;

    [Parameter]
    public DateTimeOffset Now { get; set; }

    /// <summary>Whether the user holds Operate; the services check again on every action.</summary>
    [Parameter]
    public bool CanOperate { get; set; }

    /// <summary>Known silences by id, to say who silenced it; may be empty when Alertmanager could not be read.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, Silence> Silences { get; set; } = new Dictionary<string, Silence>();

    [Parameter]
    public EventCallback<LiveAlert> OnAcknowledge { get; set; }

    [Parameter]
    public EventCallback<LiveAlert> OnUnacknowledge { get; set; }

    /// <summary>A phone's one-tap acknowledge (no note); <see cref="OnAcknowledge"/> asks for one.</summary>
    [Parameter]
    public EventCallback<LiveAlert> OnAcknowledgeNow { get; set; }

    /// <summary>A phone's quick silence of exactly this alert.</summary>
    [Parameter]
    public EventCallback<LiveAlert> OnSilence { get; set; }

    // Phone only (css/mobile.css): labels, description and links start folded.
    private bool _folded = true;

    private string SeverityName => AlertSeverity.Of(Alert.Labels);

    private string SeverityLabel => SeverityName is { Length: > 0 } name ? name : "none";

    private Color SeverityColor => AlertSeverity.ColorOf(SeverityName);

    private string SeverityCss => SeverityColor switch
    {
        Color.Error => "error",
        Color.Warning => "warning",
        Color.Info => "info",
        _ => "lines-default",
    };

    private string PhaseName => Alert.Phase == AlertPhase.Pending ? "pending" : "firing";

    private string? Summary => Alert.Annotations["summary"];

    private string? Description => Alert.Annotations["description"];

    private string DetailHref => $"alerts/{Uri.EscapeDataString(Alert.Fingerprint)}";

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private string StartedAtText => $"{DisplayTime.DateTime(Alert.StartsAt, Time)} ({DisplayTime.ZoneCaption(Alert.StartsAt, Time)})";

    private string SilenceHref => SilenceLinks.FromLabels(Alert.Labels);

    private IEnumerable<KeyValuePair<string, string>> VisibleLabels =>
        Alert.Labels.Values.Where(p => !HiddenLabels.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>Silences other than the acknowledgement's own (that one is shown as the ack).</summary>
    private IEnumerable<string> OtherSilences => Alert.SilencedBy
        .Where(id => id != Alert.Acknowledgement?.SilenceId)
        .Select(id => Silences.TryGetValue(id, out var silence)
            ? AlertsText.SilencedBy(silence.CreatedBy, DisplayTime.DateTime(silence.EndsAt, Time))
            : AlertsText.Silenced);
}
