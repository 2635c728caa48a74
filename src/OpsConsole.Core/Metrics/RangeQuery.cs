namespace OpsConsole.Core.Metrics;

/// <summary>A PromQL range query: expression, window and resolution.</summary>
public sealed record RangeQuery(string Expression, DateTimeOffset Start, DateTimeOffset End, TimeSpan Step);
