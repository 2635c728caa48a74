using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Capacity;

/// <summary>The answers to one trigger's <see cref="CapacityQueries"/>, fetched together.</summary>
public sealed record CapacityReading(
    IReadOnlyList<InstantSample> Values,
    IReadOnlyList<InstantSample> ActiveSince,
    CapacityFitReading Short,
    CapacityFitReading Long);

/// <summary>The answers of one fit: fitted value now and slope per second, per series.</summary>
public sealed record CapacityFitReading(IReadOnlyList<InstantSample> Intercepts, IReadOnlyList<InstantSample> Slopes)
{
    public static CapacityFitReading None { get; } = new([], []);
}
