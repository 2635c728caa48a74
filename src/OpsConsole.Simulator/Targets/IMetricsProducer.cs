using OpsConsole.Simulator.Exposition;

namespace OpsConsole.Simulator.Targets;

/// <summary>The metrics of one scrape target, written as they stand at a given time.</summary>
internal interface IMetricsProducer
{
    void Write(ExpositionWriter writer, DateTimeOffset now);
}
