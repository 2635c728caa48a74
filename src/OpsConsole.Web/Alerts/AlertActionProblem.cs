namespace OpsConsole.Web.Alerts;

/// <summary>
/// Why an acknowledgement or silence action failed, as a code: the page words it in the reader's language
/// (<c>AlertsText.Problem</c>) and the REST API gives it as the problem's <c>code</c>. A service never writes a sentence.
/// </summary>
public enum AlertActionProblem
{
    None,
    AckNotAllowed,
    UnackNotAllowed,
    SilenceNotAllowed,
    ExpireNotAllowed,
    NoteTooLong,
    AlertNotFound,
    NotAcknowledged,
    NoMatchers,
    MatchersMatchEmpty,
    CommentMissing,
    CommentTooLong,
    EndMissing,
    DurationNotPositive,
    EndBeforeStart,
    EndInPast,

    /// <summary>Alertmanager does not know the silence; <see cref="AlertActionResult.Detail"/> quotes it.</summary>
    SilenceUnknown,

    /// <summary>Alertmanager refused the silence; <see cref="AlertActionResult.Detail"/> quotes it.</summary>
    AlertmanagerRefused,

    /// <summary>Alertmanager failed or could not be reached; <see cref="AlertActionResult.Detail"/> quotes the error.</summary>
    AlertmanagerFailed,
}
