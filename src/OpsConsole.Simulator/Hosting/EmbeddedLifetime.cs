namespace OpsConsole.Simulator.Hosting;

/// <summary>
/// The lifetime of a listener inside the simulator: it starts and stops when the simulator says so, and never
/// reacts to Ctrl+C itself (the outer host does).
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
