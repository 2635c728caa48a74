namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>How often a board refreshes, as kept in the URL (<c>?refresh=10s</c>, or "off").</summary>
public sealed record RefreshInterval
{
    public const string OffText = "off";

    private RefreshInterval(TimeSpan? period) => Period = period;

    public static RefreshInterval Off { get; } = new((TimeSpan?)null);

    /// <summary>The choices of the refresh picker.</summary>
    public static IReadOnlyList<RefreshInterval> Choices { get; } =
    [
        Off, Every(TimeSpan.FromSeconds(5)), Every(TimeSpan.FromSeconds(10)), Every(TimeSpan.FromSeconds(30)),
        Every(TimeSpan.FromMinutes(1)), Every(TimeSpan.FromMinutes(5)),
    ];

    /// <summary>Null when off.</summary>
    public TimeSpan? Period { get; }

    public bool IsOff => Period is null;

    public static RefreshInterval Every(TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        return new(period);
    }

    public static bool TryParse(string? text, out RefreshInterval? interval, out string? error)
    {
        error = null;
        interval = null;
        if (string.Equals(text?.Trim(), OffText, StringComparison.OrdinalIgnoreCase))
        {
            interval = Off;
            return true;
        }

        if (DurationText.TryParse(text, out var period))
        {
            interval = Every(period);
            return true;
        }

        error = $"refresh: '{text}' is not a refresh interval: use off or a duration such as 10s, 1m.";
        return false;
    }

    public override string ToString() => Period is { } period ? DurationText.Format(period) : OffText;
}
