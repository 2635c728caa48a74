using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Components.Panels;

/// <summary>Board threshold colours (names or hex) as CSS colours that follow the MudBlazor theme.</summary>
public static class ThresholdColors
{
    /// <summary>The CSS colour for <paramref name="value"/> under <paramref name="thresholds"/>; null when none applies.</summary>
    public static string? CssFor(IReadOnlyList<Threshold> thresholds, double? value) =>
        value is { } number && !double.IsNaN(number) && Threshold.ColorFor(thresholds, number) is { } name ? Css(name) : null;

    /// <summary>The threshold colour name for <paramref name="value"/> (e.g. "green"); "none" when none applies.</summary>
    public static string NameFor(IReadOnlyList<Threshold> thresholds, double? value) =>
        value is { } number && !double.IsNaN(number) ? Threshold.ColorFor(thresholds, number) ?? "none" : "none";

    public static string Css(string name) => name switch
    {
        "green" => "var(--mud-palette-success)",
        "yellow" => "var(--mud-palette-warning)",
        "orange" => "#fb8c00",
        "red" => "var(--mud-palette-error)",
        "blue" => "var(--mud-palette-info)",
        "purple" => "#ab47bc",
        "grey" => "var(--mud-palette-text-secondary)",
        _ => name,
    };
}
