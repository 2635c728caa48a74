namespace OpsConsole.Core.Boards;

/// <summary>How a panel draws its data. The file names are in <see cref="BoardVocabulary.PanelTypes"/>.</summary>
public enum PanelType
{
    /// <summary>One big number (<c>stat</c>).</summary>
    Stat,

    /// <summary>A dial between min and max (<c>gauge</c>).</summary>
    Gauge,

    /// <summary>Lines or areas over time, optionally stacked (<c>timeseries</c>).</summary>
    TimeSeries,

    /// <summary>Bars, one per series or per time bucket (<c>bar</c>).</summary>
    Bar,

    /// <summary>How a quantity splits up: histogram buckets or a donut (<c>distribution</c>).</summary>
    Distribution,

    /// <summary>Series as rows, labels and value as columns (<c>table</c>).</summary>
    Table,

    /// <summary>The largest series, ranked (<c>topn</c>).</summary>
    TopN,

    /// <summary>One cell per series coloured by state, e.g. up/down per instance (<c>stategrid</c>).</summary>
    StateGrid,
}
