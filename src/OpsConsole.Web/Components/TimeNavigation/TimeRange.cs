namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// The time range of a board, as kept in the URL (<c>?from=now-1h&amp;to=now</c>). A range ending
/// "now" is live (its window follows the clock); any other range is a fixed window.
/// </summary>
public sealed record TimeRange(TimeExpression From, TimeExpression To)
{
    /// <summary>The relative ranges the picker offers.</summary>
    public static readonly IReadOnlyList<TimeSpan> QuickRanges =
    [
        TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1),
        TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
        TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(30),
    ];

    public static TimeRange Last(TimeSpan duration) => new(TimeExpression.BeforeNow(duration), TimeExpression.Now);

    public static TimeRange Between(DateTimeOffset from, DateTimeOffset to) => new(TimeExpression.At(from), TimeExpression.At(to));

    /// <summary>Ends now: refreshed as time passes.</summary>
    public bool IsLive => To.IsNow;

    /// <summary>Parses both ends; on failure <paramref name="error"/> names the parameter and the reason.</summary>
    public static bool TryParse(string? from, string? to, out TimeRange? range, out string? error)
    {
        range = null;
        if (!TimeExpression.TryParse(from, out var start, out error))
        {
            error = "from: " + error;
            return false;
        }

        if (!TimeExpression.TryParse(to, out var end, out error))
        {
            error = "to: " + error;
            return false;
        }

        var candidate = new TimeRange(start!, end!);
        // Both relative or both absolute can be compared without a clock; a mix is checked when resolved.
        var inverted = (start!.Ago, end!.Ago) is ({ } startAgo, { } endAgo)
            ? startAgo <= endAgo
            : start.Absolute is { } startAt && end.Absolute is { } endAt && startAt >= endAt;
        if (inverted)
        {
            error = $"from ({start}) must be before to ({end}).";
            return false;
        }

        range = candidate;
        return true;
    }

    public static TimeRange Parse(string? from, string? to) =>
        TryParse(from, to, out var range, out var error) ? range! : throw new FormatException(error);

    /// <summary>How far back a panel looks at <paramref name="now"/>, at least one second.</summary>
    public TimeSpan Duration(DateTimeOffset now)
    {
        var length = To.Resolve(now) - From.Resolve(now);
        return length > TimeSpan.FromSeconds(1) ? length : TimeSpan.FromSeconds(1);
    }

    /// <summary>The fixed end of the window, or null for a live range.</summary>
    public DateTimeOffset? FixedEnd(DateTimeOffset now) => IsLive ? null : To.Resolve(now);
}
