namespace OpsConsole.Web.Alerts;

/// <summary>How an acknowledgement or silence action ended; the UI and the REST API map it to a message or a status code.</summary>
public enum AlertActionOutcome
{
    /// <summary>Done (also for a repeat that changed nothing, e.g. acknowledging an acknowledged alert).</summary>
    Done,

    /// <summary>The request is wrong (no matchers, end before start, a bad matcher): <see cref="AlertActionResult.Problem"/> says why. HTTP 400.</summary>
    Invalid,

    /// <summary>No current alert with that fingerprint, no silence with that id, or no acknowledgement to withdraw. HTTP 404.</summary>
    NotFound,

    /// <summary>The user may not do this (not Operator or Admin). HTTP 403.</summary>
    Forbidden,

    /// <summary>Alertmanager refused or could not be reached: <see cref="AlertActionResult.Detail"/> quotes its reason. HTTP 502.</summary>
    Unavailable,
}
