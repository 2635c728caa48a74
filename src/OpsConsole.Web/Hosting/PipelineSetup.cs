using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpsConsole.Web.Components;
using OpsConsole.Web.Health;
using Prometheus;

namespace OpsConsole.Web.Hosting;

internal static class PipelineSetup
{
    public static WebApplication UseConsolePipeline(this WebApplication app)
    {
        app.UseConsoleRequestLogging();
        app.UseRouting();
        // After routing, so request metrics carry the endpoint's route template rather than raw paths.
        app.UseHttpMetrics();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>/healthz (alive), /readyz (Prometheus reachable), /metrics (our own), and the UI.</summary>
    public static WebApplication MapConsoleEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthSetup.ReadyTag) });
        app.MapMetrics();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
