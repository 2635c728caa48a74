namespace OpsConsole.Web.Components.Charts;

public enum ChartKind
{
    /// <summary>Lines over a datetime x-axis.</summary>
    Line,

    /// <summary>Bars over categories (e.g. battery bands).</summary>
    Bar,

    /// <summary>Shares of a whole over categories.</summary>
    Donut,

    /// <summary>Filled lines over a datetime x-axis.</summary>
    Area,

    /// <summary>Bars over a datetime x-axis (one bar per step and series).</summary>
    TimeBar,
}
