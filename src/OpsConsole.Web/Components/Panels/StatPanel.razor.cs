using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace OpsConsole.Web.Components.Panels;

/// <summary>One big number with its unit, coloured by thresholds, badged when stale.</summary>
public sealed partial class StatPanel
{
    [Parameter, EditorRequired]
    public required string PanelId { get; set; }

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    /// <summary>The last good value; null when there is none yet.</summary>
    [Parameter]
    public double? Value { get; set; }

    [Parameter]
    public ValueUnit Unit { get; set; } = ValueUnit.None;

    [Parameter]
    public int Decimals { get; set; } = 2;

    [Parameter]
    public IReadOnlyList<StatThreshold>? Thresholds { get; set; }

    /// <summary>Why the latest refresh failed; the value stays and a badge appears.</summary>
    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public DateTimeOffset? UpdatedAt { get; set; }

    private string FormattedValue => ValueFormat.Format(Value, Unit, Decimals);

    private Color ValueColor => StatThreshold.ColorFor(Value, Thresholds);
}
