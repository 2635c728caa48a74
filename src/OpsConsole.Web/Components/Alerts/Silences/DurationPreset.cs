namespace OpsConsole.Web.Components.Alerts.Silences;

/// <summary>The silence lengths offered as one click; <see cref="Key"/> is also the test hook suffix.</summary>
public sealed record DurationPreset(string Key, TimeSpan Length)
{
    public static IReadOnlyList<DurationPreset> All { get; } =
    [
        new("1h", TimeSpan.FromHours(1)),
        new("2h", TimeSpan.FromHours(2)),
        new("4h", TimeSpan.FromHours(4)),
        new("1d", TimeSpan.FromDays(1)),
        new("1w", TimeSpan.FromDays(7)),
    ];
}
