using System.Globalization;

namespace OpsConsole.Web.Components.Panels;

/// <summary>Turns panel numbers into text with their unit.</summary>
public static class ValueFormat
{
    /// <summary>Shown where there is no number (no data yet, or the backend answered NaN).</summary>
    public const string Missing = "—";

    public static string Format(double? value, ValueUnit unit, int decimals)
    {
        if (value is not { } number || double.IsNaN(number) || double.IsInfinity(number))
        {
            return Missing;
        }
        var format = "F" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            ValueUnit.Percent => (number * 100).ToString(format, CultureInfo.InvariantCulture) + " %",
            ValueUnit.Count => Math.Round(number).ToString("N0", CultureInfo.InvariantCulture),
            _ => number.ToString(format, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The JS chart module's name for a unit.</summary>
    public static string ToJsName(this ValueUnit unit) => unit switch
    {
        ValueUnit.Percent => "percent",
        ValueUnit.Count => "count",
        _ => "none",
    };
}
