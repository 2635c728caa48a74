using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Scenarios;

namespace OpsConsole.Simulator.Control;

/// <summary>The JSON control surface: scenarios, targets, instance join/leave, health.</summary>
internal static class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder routes, FleetSimulator simulator)
    {
        routes.MapGet("/healthz", () => Results.Text("ok\n"));

        routes.MapGet("/api/scenarios", () => Results.Ok(simulator.Scenarios.List()));
        routes.MapPut("/api/scenarios/{name}", (string name) =>
            simulator.Scenarios.Activate(name) is { } state ? Results.Ok(state) : UnknownScenario(name));
        routes.MapDelete("/api/scenarios/{name}", (string name) =>
            simulator.Scenarios.Deactivate(name) is { } state ? Results.Ok(state) : UnknownScenario(name));

        routes.MapGet("/api/targets", () => Results.Ok(simulator.Targets));

        routes.MapPost("/api/instances/{job}", async (string job, CancellationToken cancellationToken) =>
        {
            if (job != Jobs.WebhookService)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Job cannot be scaled",
                    detail: $"Only '{Jobs.WebhookService}' can gain instances; '{job}' has a fixed number of targets.");
            }

            var target = await simulator.AddWebhookPodAsync(cancellationToken).ConfigureAwait(false);
            return Results.Created(new Uri($"/api/instances/{target.Instance}", UriKind.Relative), target);
        });

        routes.MapPost("/api/instances/{instance}/crash", async (string instance, CancellationToken cancellationToken) =>
        {
            var crashed = await simulator.CrashTargetAsync(instance, cancellationToken).ConfigureAwait(false);
            return crashed is not null
                ? Results.Ok(crashed)
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Unknown instance",
                    detail: $"No target has instance or pod '{instance}'. GET /api/targets lists them.");
        });

        routes.MapDelete("/api/instances/{instance}", async (string instance, CancellationToken cancellationToken) =>
        {
            var removed = await simulator.RemoveTargetAsync(instance, cancellationToken).ConfigureAwait(false);
            return removed is not null
                ? Results.Ok(removed)
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Unknown instance",
                    detail: $"No target has instance or pod '{instance}'. GET /api/targets lists them.");
        });
    }

    private static IResult UnknownScenario(string name) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown scenario",
        detail: $"There is no scenario '{name}'. Known scenarios: {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}.");
}
