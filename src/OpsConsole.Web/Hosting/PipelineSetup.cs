using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpsConsole.Web.Components;
using OpsConsole.Web.Health;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;
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
        app.UseConsoleSecurity();
        app.UseConsoleLocalization();
        app.UseAntiforgery();
        app.UseCrossSiteGuard();
        return app;
    }

    /// <summary>/healthz (alive), /readyz (Prometheus reachable), /metrics (our own), and the UI.
    /// Only probes, scrapes and static files are anonymous: everything else needs a signed-in user (fallback policy).</summary>
    public static WebApplication MapConsoleEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthSetup.ReadyTag) }).AllowAnonymous();
        app.MapMetrics().AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapConsoleIdentity();
        app.MapAuditApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
