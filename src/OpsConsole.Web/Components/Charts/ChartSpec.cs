namespace OpsConsole.Web.Components.Charts;

/// <summary>What <c>create</c> in charts.js receives (serialized camelCase).</summary>
public sealed record ChartSpec(
    string Kind,
    string Theme,
    string Unit,
    int Decimals,
    double? YMin,
    double? YMax,
    int Height,
    string NoDataText,
    IReadOnlyList<ChartSeries> Series);
