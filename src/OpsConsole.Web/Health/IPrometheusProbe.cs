namespace OpsConsole.Web.Health;

/// <summary>One cheap round trip to Prometheus; throws when it is not usable.</summary>
public interface IPrometheusProbe
{
    /// <returns>The server's version when the probe learns it, otherwise null.</returns>
    Task<string?> ProbeAsync(CancellationToken cancellationToken);
}
