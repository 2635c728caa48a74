using System.Security.Claims;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Alerts.Silences;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Alerts.Acks;

/// <inheritdoc cref="IAckService"/>
internal sealed partial class AckService(
    AlertStream stream,
    IAlertmanagerClient alertmanager,
    IAckStore acks,
    IAuditLog audit,
    OperatorCheck operators,
    SilenceRefresher silences,
    AckGate gate,
    IOptionsMonitor<ConsoleAlertOptions> options,
    TimeProvider timeProvider,
    ILogger<AckService> logger) : IAckService
{
    public const string DefaultNote = "Acknowledged in OpsConsole";
    public const int MaxNoteLength = 1000;

    public async Task<AlertActionResult> AcknowledgeAsync(
        string fingerprint, string? note, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (await operators.ActorIfAllowedAsync(user).ConfigureAwait(false) is not { } actor)
        {
            return AlertActionResult.Fail(AlertActionOutcome.Forbidden, AlertActionProblem.AckNotAllowed);
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            return AlertActionResult.Fail(AlertActionOutcome.Invalid, AlertActionProblem.NoteTooLong);
        }

        using var _ = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (stream.Current.Find(fingerprint) is not { } alert)
        {
            return AlertActionResult.Fail(AlertActionOutcome.NotFound, AlertActionProblem.AlertNotFound);
        }

        var now = timeProvider.GetUtcNow();
        var open = await acks.FindActiveAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        var draft = new SilenceDraft
        {
            // Acknowledging again updates the one silence (a new note, a new createdBy) rather than adding a second.
            Id = open?.SilenceId,
            Matchers = SilenceMatchers.ForLabels(alert.Labels),
            StartsAt = now,
            EndsAt = now + options.CurrentValue.AckSilenceDuration,
            CreatedBy = actor,
            Comment = note ?? DefaultNote,
        };
        string silenceId;
        try
        {
            try
            {
                silenceId = await alertmanager.PostSilenceAsync(draft, cancellationToken).ConfigureAwait(false);
            }
            catch (AlertmanagerApiException ex) when (draft.Id is not null && ex.ErrorType == "not_found")
            {
                // Its silence was deleted behind our back: a fresh one.
                silenceId = await alertmanager.PostSilenceAsync(draft with { Id = null }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (AlertmanagerApiException ex)
        {
            LogSilenceFailed(logger, fingerprint, ex.ErrorType, ex.Message);
            return AlertActionResult.Fail(AlertActionOutcome.Unavailable, AlertActionProblem.AlertmanagerFailed, ex.Message);
        }

        if (open is not null)
        {
            await acks.EndAsync(open.Id, now, cancellationToken).ConfigureAwait(false);
        }
        await acks.AddAsync(new NewAck { Fingerprint = fingerprint, SilenceId = silenceId, By = actor, At = now, Note = note }, cancellationToken)
            .ConfigureAwait(false);
        var acknowledgement = new Acknowledgement(actor, now, note, silenceId);
        await silences.RefreshAsync(cancellationToken).ConfigureAwait(false);
        stream.Acknowledge(fingerprint, acknowledgement);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = actor,
            Action = AlertAuditActions.Acknowledged,
            Target = fingerprint,
            Detail = $"{alert.AlertName}; silence {silenceId}{(note is null ? string.Empty : "; " + note)}",
        }, cancellationToken).ConfigureAwait(false);
        return new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = silenceId, Acknowledgement = acknowledgement };
    }

    public async Task<AlertActionResult> UnacknowledgeAsync(string fingerprint, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (await operators.ActorIfAllowedAsync(user).ConfigureAwait(false) is not { } actor)
        {
            return AlertActionResult.Fail(AlertActionOutcome.Forbidden, AlertActionProblem.UnackNotAllowed);
        }

        using var _ = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        var open = await acks.FindActiveAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        var silenceId = open?.SilenceId ?? stream.Current.Find(fingerprint)?.Acknowledgement?.SilenceId;
        if (open is null && silenceId is null)
        {
            return AlertActionResult.Fail(AlertActionOutcome.NotFound, AlertActionProblem.NotAcknowledged);
        }
        if (silenceId is not null)
        {
            try
            {
                await alertmanager.ExpireSilenceAsync(silenceId, cancellationToken).ConfigureAwait(false);
            }
            catch (AlertmanagerApiException ex) when (ex.ErrorType == "not_found")
            {
                // Already gone: the acknowledgement ends all the same.
            }
            catch (AlertmanagerApiException ex)
            {
                LogSilenceFailed(logger, fingerprint, ex.ErrorType, ex.Message);
                return AlertActionResult.Fail(AlertActionOutcome.Unavailable, AlertActionProblem.AlertmanagerFailed, ex.Message);
            }
        }
        if (open is not null)
        {
            await acks.EndAsync(open.Id, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        await silences.RefreshAsync(cancellationToken).ConfigureAwait(false);
        stream.Unacknowledge(fingerprint);
        await audit.WriteAsync(new AuditRecord
        {
            Actor = actor,
            Action = AlertAuditActions.Unacknowledged,
            Target = fingerprint,
            Detail = silenceId is null ? null : $"silence {silenceId} expired",
        }, cancellationToken).ConfigureAwait(false);
        return new AlertActionResult { Outcome = AlertActionOutcome.Done, SilenceId = silenceId };
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Warning,
        Message = "Acknowledgement of {Fingerprint}: Alertmanager refused or did not answer ({ErrorType}: {Reason})")]
    private static partial void LogSilenceFailed(ILogger logger, string fingerprint, string errorType, string reason);
}
