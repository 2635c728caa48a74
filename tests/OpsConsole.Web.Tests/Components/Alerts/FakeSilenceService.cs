using System.Security.Claims;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;

namespace OpsConsole.Web.Tests.Components.Alerts;

/// <summary>Silences kept in a list; writes are recorded with the user who made them.</summary>
public sealed class FakeSilenceService : ISilenceService
{
    public List<Silence> Silences { get; } = [];

    public List<(SilenceRequest Request, string? User)> Created { get; } = [];

    public List<string> Expired { get; } = [];

    public Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Silence>>([.. Silences]);

    public Task<Silence?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Silences.Find(s => s.Id == id));

    public Task<AlertActionResult> CreateAsync(SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Created.Add((request, user.Identity?.Name));
        return Task.FromResult(new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = $"new-{Created.Count}" });
    }

    public Task<AlertActionResult> UpdateAsync(string id, SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CreateAsync(request, user, cancellationToken);

    public Task<AlertActionResult> ExpireAsync(string id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Expired.Add(id);
        return Task.FromResult(new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = id });
    }

    public Task<IReadOnlyList<LiveAlert>> PreviewAsync(IReadOnlyList<Matcher> matchers, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The editor previews from its own stream copy.");
}
