using Microsoft.Extensions.Options;

namespace OpsConsole.Simulator.Hosting;

/// <summary>Runs the fleet simulator for the lifetime of the host.</summary>
internal sealed class SimulatorHostedService(IOptions<SimulatorOptions> options, TimeProvider timeProvider, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private FleetSimulator? _simulator;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _simulator = await FleetSimulator.StartAsync(options.Value, timeProvider, loggerFactory, cancellationToken).ConfigureAwait(false);

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync().ConfigureAwait(false);
            _simulator = null;
        }
    }
}
