namespace OpsConsole.Core.Metrics;

/// <summary>One element of an instant vector.</summary>
public sealed record InstantSample(LabelSet Labels, SamplePoint Point);
