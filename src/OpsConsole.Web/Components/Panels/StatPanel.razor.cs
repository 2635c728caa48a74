using Microsoft.AspNetCore.Components;

namespace OpsConsole.Web.Components.Panels;

/// <summary>One big number with its unit, coloured by the panel's thresholds, badged when stale.</summary>
public sealed partial class StatPanel
{
    [Parameter, EditorRequired]
    public required PanelData Data { get; set; }

    private double? Value => Data.Scalar;

    private string? ColorStyle => ThresholdColors.CssFor(Data.Options.Thresholds, Value) is { } color ? $"color: {color}" : null;
}
