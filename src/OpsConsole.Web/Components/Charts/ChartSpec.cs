namespace OpsConsole.Web.Components.Charts;

/// <summary>What <c>create</c> in charts.js receives (serialized camelCase).</summary>
/// <param name="Unit">A board-file unit word (<c>percentunit</c>, <c>bytes/s</c>…); charts.js formats like Core's UnitFormatter.</param>
/// <param name="Decimals">Digits after the point; null chooses by magnitude.</param>
/// <param name="Legend"><c>bottom</c>, <c>right</c> or <c>hidden</c>.</param>
/// <param name="Window">The x-axis span of time charts; null lets the chart fit the data.</param>
public sealed record ChartSpec(
    string Kind,
    string Theme,
    string Unit,
    int? Decimals,
    double? YMin,
    double? YMax,
    int Height,
    string NoDataText,
    IReadOnlyList<ChartSeries> Series)
{
    public bool Stacked { get; init; }

    public string Legend { get; init; } = "bottom";

    public ChartWindow? Window { get; init; }

    /// <summary>The culture whose separators numbers use (the console's, e.g. "zh-CN"), not the browser's.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The zone and patterns of a time chart's axis and tooltip.</summary>
    public ChartTimeFormat? Time { get; init; }
}
