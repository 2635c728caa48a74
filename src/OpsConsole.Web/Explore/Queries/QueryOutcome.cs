namespace OpsConsole.Web.Explore.Queries;

/// <summary>What running one expression gave: a value or an error, Prometheus's warnings and infos, and the time it took.</summary>
public sealed record QueryOutcome<T>(T? Value, QueryError? Error, IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos, TimeSpan Took)
    where T : class
{
    public bool Succeeded => Error is null;
}

/// <summary>A range query's series for the graph, thinned for the chart's width; <see cref="TotalSeries"/> before the series cap.</summary>
public sealed record GraphData(IReadOnlyList<OpsConsole.Core.Metrics.MetricSeries> Series, int TotalSeries, TimeSpan Step);

/// <summary>What the tree view shows for one sub-expression.</summary>
public sealed record NodeStats(string ResultType, int SeriesCount, IReadOnlyList<LabelStats> Labels);

/// <summary>A label of a sub-expression's result: how many distinct values it takes, and the commonest few.</summary>
public sealed record LabelStats(string Name, int DistinctValues, IReadOnlyList<string> TopValues);
