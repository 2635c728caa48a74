using OpsConsole.Core.Alerts.Live;

namespace OpsConsole.Web.Alerts;

/// <summary>What <see cref="IAckService"/> and <see cref="ISilenceService"/> answer. They never throw for an expected failure.</summary>
public sealed record AlertActionResult
{
    public required AlertActionOutcome Outcome { get; init; }

    /// <summary>The silence created, updated (possibly a new id) or expired; the ack's silence for an acknowledgement.</summary>
    public string? SilenceId { get; init; }

    /// <summary>The acknowledgement now on the alert (after <see cref="IAckService.AcknowledgeAsync"/>).</summary>
    public Acknowledgement? Acknowledgement { get; init; }

    /// <summary>Why it failed; <see cref="AlertActionProblem.None"/> on success.</summary>
    public AlertActionProblem Problem { get; init; }

    /// <summary>Alertmanager's own words where it refused or failed (quoted as they are, plain text); else null.</summary>
    public string? Detail { get; init; }

    public bool Succeeded => Outcome == AlertActionOutcome.Done;

    internal static AlertActionResult Fail(AlertActionOutcome outcome, AlertActionProblem problem, string? detail = null) =>
        new() { Outcome = outcome, Problem = problem, Detail = detail };
}
