using System.Security.Claims;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Web.Alerts;

/// <summary>
/// Alertmanager's silences, read and written through the console: every write is checked against
/// <c>Policies.Operate</c>, stamped with the signed-in user as createdBy (never anything from the request) and
/// audited. Reads (View) go to Alertmanager each time: it owns silences, the console keeps no copy as truth.
/// </summary>
public interface ISilenceService
{
    /// <summary>Every silence Alertmanager lists (active, pending and recently expired), newest start first. Throws <c>AlertmanagerApiException</c> when unreachable.</summary>
    Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One silence; null when Alertmanager does not know the id.</summary>
    Task<Silence?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Creates a silence; <see cref="AlertActionResult.SilenceId"/> is its id.</summary>
    Task<AlertActionResult> CreateAsync(SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces silence <paramref name="id"/>'s matchers, times and comment (createdBy becomes the user).
    /// Alertmanager may answer with a NEW id: use <see cref="AlertActionResult.SilenceId"/> from then on.
    /// An acknowledgement's silence is followed to its new id too.
    /// </summary>
    Task<AlertActionResult> UpdateAsync(string id, SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Expires silence <paramref name="id"/> now (expiring an expired one is Done). If it carried an acknowledgement, that ends too.</summary>
    Task<AlertActionResult> ExpireAsync(string id, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>The current alerts (firing and pending, from the live stream) that <paramref name="matchers"/> would match; no I/O.</summary>
    Task<IReadOnlyList<LiveAlert>> PreviewAsync(IReadOnlyList<Matcher> matchers, CancellationToken cancellationToken);
}
