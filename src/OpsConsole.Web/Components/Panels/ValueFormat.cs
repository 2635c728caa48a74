using System.Globalization;
using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Components.Panels;

/// <summary>
/// The older <see cref="ValueUnit"/> vocabulary of hand-written panels, formatted by Core's
/// <see cref="UnitFormatter"/> like every board panel (<see cref="ValueUnit.Percent"/> is a 0..1 ratio,
/// Core's <see cref="Unit.PercentUnit"/>).
/// </summary>
public static class ValueFormat
{
    /// <summary>Shown where there is no number (no data yet, or the backend answered NaN).</summary>
    public const string Missing = UnitFormatter.Missing;

    public static string Format(double? value, ValueUnit unit, int decimals) =>
        value is { } number && double.IsInfinity(number)
            ? Missing
            : UnitFormatter.Format(value, unit.ToUnit(), decimals, CultureInfo.CurrentCulture);

    public static Unit ToUnit(this ValueUnit unit) => unit switch
    {
        ValueUnit.Percent => Unit.PercentUnit,
        ValueUnit.Count => Unit.Count,
        _ => Unit.None,
    };

    /// <summary>The JS chart module's name for a unit (the board-file word).</summary>
    public static string ToJsName(this ValueUnit unit) => BoardVocabulary.NameOf(unit.ToUnit());
}
