using System.Globalization;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// One end of a time range as it appears in a URL: "now", "now-1h" (relative to the moment it is
/// resolved) or an absolute ISO 8601 timestamp ("2026-01-05T08:00:00Z").
/// </summary>
public sealed record TimeExpression
{
    public const string NowText = "now";

    private TimeExpression(TimeSpan? ago, DateTimeOffset? absolute)
    {
        Ago = ago;
        Absolute = absolute;
    }

    public static TimeExpression Now { get; } = new(TimeSpan.Zero, null);

    /// <summary>How long before now, for a relative expression.</summary>
    public TimeSpan? Ago { get; }

    /// <summary>The instant, for an absolute expression.</summary>
    public DateTimeOffset? Absolute { get; }

    public bool IsRelative => Ago is not null;

    public bool IsNow => Ago == TimeSpan.Zero;

    public static TimeExpression BeforeNow(TimeSpan ago)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ago, TimeSpan.Zero);
        return new(ago, null);
    }

    public static TimeExpression At(DateTimeOffset instant) => new(null, instant.ToUniversalTime());

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was wrong and what is accepted.</summary>
    public static bool TryParse(string? text, out TimeExpression? expression, out string? error)
    {
        expression = null;
        error = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Equals(NowText, StringComparison.OrdinalIgnoreCase))
        {
            expression = Now;
            return true;
        }

        if (trimmed.StartsWith(NowText + "-", StringComparison.OrdinalIgnoreCase))
        {
            if (DurationText.TryParse(trimmed[(NowText.Length + 1)..], out var ago))
            {
                expression = BeforeNow(ago);
                return true;
            }

            error = $"'{text}' is not a valid relative time: use now-<number><s|m|h|d|w>, e.g. now-1h.";
            return false;
        }

        if (trimmed.Length > 0 && DateTimeOffset.TryParse(
                trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            expression = At(instant);
            return true;
        }

        error = $"'{text}' is not a time: use now, now-<duration> (e.g. now-15m) or an ISO 8601 timestamp (e.g. 2026-01-05T08:00:00Z).";
        return false;
    }

    /// <summary>Parses <paramref name="text"/> or throws a <see cref="FormatException"/> with the reason.</summary>
    public static TimeExpression Parse(string? text) =>
        TryParse(text, out var expression, out var error) ? expression! : throw new FormatException(error);

    public DateTimeOffset Resolve(DateTimeOffset now) => Absolute ?? now - Ago!.Value;

    /// <summary>The URL form: "now", "now-1h" or "2026-01-05T08:00:00Z".</summary>
    public override string ToString() =>
        Ago is { } ago
            ? ago == TimeSpan.Zero ? NowText : NowText + "-" + DurationText.Format(ago)
            : Absolute!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
