using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Components.Panels;

/// <summary>A gauge between the panel's min and max (defaults: 0, and 1 or 100 for percentages).</summary>
public sealed partial class GaugePanel
{
    private const double Cx = 100;
    private const double Cy = 100;
    private const double Radius = 80;

    [Parameter, EditorRequired]
    public required PanelData Data { get; set; }

    [Parameter]
    public int MaxWidth { get; set; } = 320;

    private double? Value => Data.Scalar;

    private double Min => Data.Options.Min ?? 0;

    private double Max => Data.Options.Max ?? Data.Options.Unit switch
    {
        Unit.PercentUnit => 1,
        Unit.Percent => 100,
        // No stated bound: leave room above the value (and above the highest threshold).
        _ => Math.Max(Math.Max(Value ?? 1, Data.Options.Thresholds.Select(t => t.Value).DefaultIfEmpty(0).Max()) * 1.25, Min + 1),
    };

    /// <summary>How far along the dial the value is, 0..1.</summary>
    private double Fraction => Value is { } value && Max > Min ? Math.Clamp((value - Min) / (Max - Min), 0, 1) : 0;

    private string Color => ThresholdColors.CssFor(Data.Options.Thresholds, Value) ?? "var(--mud-palette-primary)";

    /// <summary>The arc from the left end of the dial to <paramref name="fraction"/> of the way round.</summary>
    private static string Arc(double fraction)
    {
        var angle = Math.PI * (1 - Math.Clamp(fraction, 0.0005, 1));
        var x = Cx + (Radius * Math.Cos(angle));
        var y = Cy - (Radius * Math.Sin(angle));
        return string.Create(CultureInfo.InvariantCulture, $"M {Cx - Radius} {Cy} A {Radius} {Radius} 0 0 1 {x:0.###} {y:0.###}");
    }
}
