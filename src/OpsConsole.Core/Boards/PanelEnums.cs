namespace OpsConsole.Core.Boards;

/// <summary>Where a panel puts its legend (<c>bottom</c>, <c>right</c>, <c>hidden</c>).</summary>
public enum LegendPlacement
{
    Bottom,
    Right,
    Hidden,
}

/// <summary>How a time series panel draws a series (<c>line</c>, <c>area</c>).</summary>
public enum SeriesStyle
{
    Line,
    Area,
}

/// <summary>How a distribution panel draws (<c>histogram</c>, <c>donut</c>).</summary>
public enum DistributionMode
{
    Histogram,
    Donut,
}

/// <summary>Whether a panel asks for the current value or a range (<c>instant</c>, <c>range</c>).</summary>
public enum QueryMode
{
    Instant,
    Range,
}
