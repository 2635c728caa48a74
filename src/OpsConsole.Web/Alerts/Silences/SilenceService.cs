using System.Security.Claims;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Alerts.Acks;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.Silences;

/// <inheritdoc cref="ISilenceService"/>
internal sealed partial class SilenceService(
    IAlertmanagerClient alertmanager,
    AlertStream stream,
    IAckStore acks,
    IAuditLog audit,
    OperatorCheck operators,
    SilenceRefresher refresher,
    AckGate gate,
    TimeProvider timeProvider,
    ILogger<SilenceService> logger) : ISilenceService
{
    public const int MaxCommentLength = 1000;

    public async Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken)
    {
        var silences = await alertmanager.GetSilencesAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. silences.OrderByDescending(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<Silence?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await alertmanager.GetSilenceAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public Task<AlertActionResult> CreateAsync(SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        WriteAsync(null, request, user, cancellationToken);

    public Task<AlertActionResult> UpdateAsync(string id, SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return WriteAsync(id, request, user, cancellationToken);
    }

    public async Task<AlertActionResult> ExpireAsync(string id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (await operators.ActorIfAllowedAsync(user).ConfigureAwait(false) is not { } actor)
        {
            return AlertActionResult.Fail(AlertActionOutcome.Forbidden, AlertActionProblem.ExpireNotAllowed);
        }
        try
        {
            await alertmanager.ExpireSilenceAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (AlertmanagerApiException ex)
        {
            return Failed(ex, "expire the silence");
        }

        // An acknowledgement carried by this silence ends with it.
        using (await gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var ack in (await acks.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Where(a => a.SilenceId == id))
            {
                await acks.EndAsync(ack.Id, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                stream.Unacknowledge(ack.Fingerprint);
            }
        }
        await refresher.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditRecord { Actor = actor, Action = AlertAuditActions.SilenceExpired, Target = id }, cancellationToken)
            .ConfigureAwait(false);
        return new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = id };
    }

    public Task<IReadOnlyList<LiveAlert>> PreviewAsync(IReadOnlyList<Matcher> matchers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        IReadOnlyList<LiveAlert> matched = matchers.Count == 0
            ? []
            : [.. stream.Current.Alerts.Where(alert => Matcher.MatchesAll(matchers, alert.Labels))];
        return Task.FromResult(matched);
    }

    private async Task<AlertActionResult> WriteAsync(string? id, SilenceRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await operators.ActorIfAllowedAsync(user).ConfigureAwait(false) is not { } actor)
        {
            return AlertActionResult.Fail(AlertActionOutcome.Forbidden, AlertActionProblem.SilenceNotAllowed);
        }
        var now = timeProvider.GetUtcNow();
        if (Validate(request, now) is var problem and not AlertActionProblem.None)
        {
            return AlertActionResult.Fail(AlertActionOutcome.Invalid, problem);
        }
        var startsAt = request.StartsAt ?? now;
        var draft = new SilenceDraft
        {
            Id = id,
            Matchers = request.Matchers,
            StartsAt = startsAt,
            EndsAt = request.EndsAt ?? startsAt + request.Duration!.Value,
            // Always the signed-in user: a request can never put words in someone else's mouth.
            CreatedBy = actor,
            Comment = request.Comment.Trim(),
        };

        string newId;
        try
        {
            newId = await alertmanager.PostSilenceAsync(draft, cancellationToken).ConfigureAwait(false);
        }
        catch (AlertmanagerApiException ex)
        {
            return Failed(ex, id is null ? "create the silence" : "update the silence");
        }

        if (id is not null && newId != id)
        {
            await FollowAckSilenceAsync(id, newId, cancellationToken).ConfigureAwait(false);
        }
        await refresher.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = actor,
            Action = id is null ? AlertAuditActions.SilenceCreated : AlertAuditActions.SilenceUpdated,
            Target = newId,
            Detail = $"{MatcherParser.Format(draft.Matchers)} from {draft.StartsAt:o} to {draft.EndsAt:o}" +
                     (id is not null && newId != id ? $" (replaces {id})" : string.Empty) + $": {draft.Comment}",
        }, cancellationToken).ConfigureAwait(false);
        return new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = newId };
    }

    /// <summary>Alertmanager answered an update with a new id: an acknowledgement riding on the old one moves along.</summary>
    private async Task FollowAckSilenceAsync(string oldId, string newId, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ack in (await acks.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Where(a => a.SilenceId == oldId))
        {
            await acks.UpdateSilenceIdAsync(ack.Id, newId, cancellationToken).ConfigureAwait(false);
            if (stream.Current.Find(ack.Fingerprint)?.Acknowledgement is { } shown)
            {
                stream.Acknowledge(ack.Fingerprint, shown with { SilenceId = newId });
            }
            LogFollowed(logger, ack.Fingerprint, oldId, newId);
        }
    }

    internal static AlertActionProblem Validate(SilenceRequest request, DateTimeOffset now)
    {
        if (request.Matchers is not { Count: > 0 })
        {
            return AlertActionProblem.NoMatchers;
        }
        if (request.Matchers.All(m => m.Matches(string.Empty)))
        {
            return AlertActionProblem.MatchersMatchEmpty;
        }
        if (string.IsNullOrWhiteSpace(request.Comment))
        {
            return AlertActionProblem.CommentMissing;
        }
        if (request.Comment.Length > MaxCommentLength)
        {
            return AlertActionProblem.CommentTooLong;
        }
        if (request.EndsAt is null && request.Duration is null)
        {
            return AlertActionProblem.EndMissing;
        }
        if (request.Duration is { } duration && duration <= TimeSpan.Zero)
        {
            return AlertActionProblem.DurationNotPositive;
        }
        var startsAt = request.StartsAt ?? now;
        var endsAt = request.EndsAt ?? startsAt + (request.Duration ?? TimeSpan.Zero);
        if (endsAt <= startsAt)
        {
            return AlertActionProblem.EndBeforeStart;
        }
        if (endsAt <= now)
        {
            return AlertActionProblem.EndInPast;
        }
        return AlertActionProblem.None;
    }

    private AlertActionResult Failed(AlertmanagerApiException ex, string what)
    {
        LogFailed(logger, what, ex.ErrorType, ex.Message);
        return ex.ErrorType switch
        {
            "not_found" => AlertActionResult.Fail(AlertActionOutcome.NotFound, AlertActionProblem.SilenceUnknown, ex.Message),
            "bad_data" => AlertActionResult.Fail(AlertActionOutcome.Invalid, AlertActionProblem.AlertmanagerRefused, ex.Message),
            _ => AlertActionResult.Fail(AlertActionOutcome.Unavailable, AlertActionProblem.AlertmanagerFailed, ex.Message),
        };
    }

    [LoggerMessage(EventId = 5501, Level = LogLevel.Warning, Message = "Could not {What} ({ErrorType}: {Reason})")]
    private static partial void LogFailed(ILogger logger, string what, string errorType, string reason);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Information,
        Message = "Acknowledgement of {Fingerprint} follows its silence from {OldId} to {NewId}")]
    private static partial void LogFollowed(ILogger logger, string fingerprint, string oldId, string newId);
}
