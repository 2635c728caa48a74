namespace OpsConsole.Web.Investigate.Targets;

/// <summary>A target that joined or left within the history window, and when (from its <c>up</c> series).</summary>
public sealed record TargetChange(string Job, string Instance, TargetChangeKind Kind, DateTimeOffset At);

public enum TargetChangeKind
{
    Appeared,
    Vanished,
}
