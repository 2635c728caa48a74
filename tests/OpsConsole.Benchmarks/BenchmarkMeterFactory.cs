using System.Diagnostics.Metrics;

namespace OpsConsole.Benchmarks;

/// <summary>A meter factory for one run; disposing it ends the run's meters.</summary>
internal sealed class BenchmarkMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
