using System.Diagnostics.CodeAnalysis;

namespace OpsConsole.Core.Boards;

/// <summary>A point in time written relative to now: <c>now</c> or <c>now-&lt;duration&gt;</c> (e.g. <c>now-30d</c>).</summary>
/// <param name="Ago">How far before now; never negative.</param>
public sealed record RelativeTime(TimeSpan Ago)
{
    public static readonly RelativeTime Now = new(TimeSpan.Zero);

    /// <summary>The instant this denotes at <paramref name="now"/>.</summary>
    public DateTimeOffset At(DateTimeOffset now) => now - Ago;

    /// <summary>The text form a board file and a URL use: <c>now</c> or <c>now-1h</c>.</summary>
    public override string ToString() => Ago == TimeSpan.Zero ? "now" : "now-" + PromDuration.Format(Ago);

    public static bool TryParse(string? text, [NotNullWhen(true)] out RelativeTime? time)
    {
        time = null;
        var trimmed = text?.Trim();
        if (trimmed == "now")
        {
            time = Now;
            return true;
        }
        if (trimmed is null || !trimmed.StartsWith("now-", StringComparison.Ordinal) ||
            !PromDuration.TryParse(trimmed["now-".Length..], out var ago))
        {
            return false;
        }
        time = new RelativeTime(ago);
        return true;
    }
}
