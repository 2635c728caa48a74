using Microsoft.AspNetCore.Components;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>Off, 5s, 10s, 30s, 1m, 5m: how often the board's panels refresh.</summary>
public sealed partial class RefreshPicker
{
    [Parameter, EditorRequired]
    public required RefreshInterval Value { get; set; }

    [Parameter]
    public EventCallback<RefreshInterval> ValueChanged { get; set; }

    private static string LabelFor(RefreshInterval interval) =>
        interval.Period is { } period ? TimeNavigationText.Every(period) : TimeNavigationText.RefreshOff;
}
