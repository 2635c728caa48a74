namespace OpsConsole.Web.Components.Wall;

/// <summary>
/// How stale a wall board's data looks: fresh within two refresh periods (one slow query is normal), amber after
/// that, red after six (a query has failed several times over). Never less than 20 s and 60 s, so a 5 s board does not
/// flicker amber on one slow scrape.
/// </summary>
public enum DataAgeLevel
{
    Waiting,
    Fresh,
    Late,
    Stale,
}

public static class DataAgeLevels
{
    public static DataAgeLevel Of(DateTimeOffset? oldest, DateTimeOffset now, TimeSpan refresh)
    {
        if (oldest is not { } at)
        {
            return DataAgeLevel.Waiting;
        }
        var age = now - at;
        if (age > Max(refresh * 6, TimeSpan.FromSeconds(60)))
        {
            return DataAgeLevel.Stale;
        }
        return age > Max(refresh * 2, TimeSpan.FromSeconds(20)) ? DataAgeLevel.Late : DataAgeLevel.Fresh;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
