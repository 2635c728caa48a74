namespace OpsConsole.Web.Localization;

/// <summary>
/// The system clock, with the configured display zone as its local zone: every component already shows times
/// in <see cref="TimeProvider.LocalTimeZone"/>, so this one setting moves them all.
/// </summary>
public sealed class DisplayTimeProvider(TimeZoneInfo displayZone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => displayZone;
}
