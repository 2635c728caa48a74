namespace OpsConsole.Core.Boards;

/// <summary>How a panel shows its values. Options that do not apply to a panel type are rejected by the loader.</summary>
public sealed record PanelOptions
{
    public Unit Unit { get; init; } = Unit.None;

    /// <summary>Digits after the decimal point; null lets <see cref="UnitFormatter"/> choose by magnitude.</summary>
    public int? Decimals { get; init; }

    /// <summary>Colour steps, ascending by value: a value takes the colour of the last threshold it reaches.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Lower bound of the axis or gauge; null lets the chart decide.</summary>
    public double? Min { get; init; }

    /// <summary>Upper bound of the axis or gauge; null lets the chart decide.</summary>
    public double? Max { get; init; }

    public LegendPlacement Legend { get; init; } = LegendPlacement.Bottom;

    /// <summary>Line or area (time series panels).</summary>
    public SeriesStyle Style { get; init; } = SeriesStyle.Line;

    /// <summary>Whether series stack on each other (time series and bar panels).</summary>
    public bool Stack { get; init; }

    /// <summary>Histogram buckets or a donut (distribution panels).</summary>
    public DistributionMode Distribution { get; init; } = DistributionMode.Histogram;

    /// <summary>
    /// Instant (the current value) or range (over the board's time range). The loader fills in the
    /// panel type's default when the file does not say: range for time series and bar, instant otherwise.
    /// </summary>
    public QueryMode Query { get; init; } = QueryMode.Range;

    /// <summary>How many series a top-N panel lists.</summary>
    public int Limit { get; init; } = 10;
}
