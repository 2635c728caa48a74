namespace OpsConsole.Core.Metrics;

/// <summary>One value of a series at one instant.</summary>
public readonly record struct SamplePoint(DateTimeOffset Timestamp, double Value);
