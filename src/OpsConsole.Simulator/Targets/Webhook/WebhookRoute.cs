using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Model;

namespace OpsConsole.Simulator.Targets.Webhook;

internal enum WebhookRouteKind
{
    Success,
    ClientError,
    ServerError,
    Probe,
}

/// <summary>
/// One label combination of the request histogram. Share is of the successful traffic for successes,
/// and of the 5xx traffic for server errors.
/// </summary>
internal sealed record WebhookRoute(string Method, string Uri, string Status, string Outcome, string Exception, WebhookRouteKind Kind, double Share, LogNormal Latency)
{
    public Label[] Labels { get; } =
    [
        new("exception", Exception),
        new("method", Method),
        new("outcome", Outcome),
        new("status", Status),
        new("uri", Uri),
    ];
}
