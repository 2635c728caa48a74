using System.Globalization;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Components.Slo;

/// <summary>The SLO pages' numbers, all through the one <see cref="UnitFormatter"/>, in the viewer's culture.</summary>
internal static class SloFormat
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>99.95 % keeps its decimals, 99 % has none.</summary>
    public static string Objective(SloDefinition slo)
    {
        var percent = slo.Objective * 100;
        var decimals = Enumerable.Range(0, 4).First(d => Math.Abs(Math.Round(percent, d) - percent) < 1e-9 || d == 3);
        return UnitFormatter.Format(percent, Unit.Percent, decimals, Culture);
    }

    /// <summary>Three decimals: at 99.95 % the interesting digits are the last ones.</summary>
    public static string Availability(double fraction) => UnitFormatter.Format(fraction, Unit.PercentUnit, 3, Culture);

    public static string Budget(double fraction) => UnitFormatter.Format(fraction, Unit.PercentUnit, 1, Culture);

    public static string Downtime(TimeSpan span) => UnitFormatter.Format(span.TotalSeconds, Unit.Seconds, 1, Culture);

    public static string Burn(double burn) => SloText.Times(UnitFormatter.Format(burn, Unit.None, 1, Culture));

    /// <summary>Window tokens as the rules write them (1h, 5m, 30d): the same in every language.</summary>
    public static string Window(TimeSpan window) => PromDuration.Format(window);
}
