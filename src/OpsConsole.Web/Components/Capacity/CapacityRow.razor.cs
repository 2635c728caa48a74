using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Capacity;
using OpsConsole.Core.Live;

namespace OpsConsole.Web.Components.Capacity;

public sealed partial class CapacityRow
{
    private CapacityStatus? _status;
    private LiveValue<CapacityReading>? _evaluated;

    [Parameter, EditorRequired]
    public required CapacityTrigger Trigger { get; set; }

    /// <summary>The trigger's live reading; null until the first answer.</summary>
    [Parameter]
    public LiveValue<CapacityReading>? Value { get; set; }

    [Parameter, EditorRequired]
    public required CapacityForecastOptions Forecast { get; set; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static CultureInfo UiCulture => CultureInfo.CurrentUICulture;

    private CapacitySeriesStatus? Worst => _status?.Worst;

    /// <summary>A measured duration in the one formatter's words ("3.3 min", "1.2 h").</summary>
    internal static string Duration(TimeSpan span) => UnitFormatter.Format(span.TotalSeconds, Unit.Seconds, null, Culture);

    /// <summary>
    /// A configured duration (sustain window, lookback): whole units as written in the file ("5 min", not "5.0 min");
    /// the formatter still chooses the unit, so one that is not whole in it keeps its decimals.
    /// </summary>
    internal static string SetDuration(TimeSpan span)
    {
        var seconds = span.TotalSeconds;
        var unit = seconds >= 86_400 ? 86_400 : seconds >= 3_600 ? 3_600 : seconds >= 60 ? 60 : 1;
        return UnitFormatter.Format(seconds, Unit.Seconds, seconds % unit == 0 ? 0 : null, Culture);
    }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(Value, _evaluated))
        {
            _evaluated = Value;
            _status = Value is { HasValue: true, Value: { } reading } ? CapacityForecast.Evaluate(Trigger, reading, Forecast) : null;
        }
    }

    private string Number(double value) => UnitFormatter.Format(value, Trigger.Unit, null, Culture);

    private string BreachCode => Worst?.Breach switch
    {
        null => "none",
        CapacityBreach.Breached => "breached",
        CapacityBreach.Range => "range",
        CapacityBreach.BeyondHorizon => "beyond-horizon",
        CapacityBreach.NotApproaching => "not-approaching",
        _ => "unknown",
    };

    private string ActionWord => Trigger.Action.Kind switch
    {
        CapacityActionKind.Hpa => CapacityText.ActionHpa,
        CapacityActionKind.Rebalance => CapacityText.ActionRebalance,
        CapacityActionKind.Autoscaling => CapacityText.ActionAutoscaling,
        _ => CapacityText.ActionManual,
    };

    private string AboveText => Worst switch
    {
        null => UnitFormatter.Missing,
        { AboveFor: { } above } => CapacityText.AboveFor(Duration(above), SetDuration(Trigger.Sustain)),
        { Breach: CapacityBreach.Breached } => CapacityText.JustAbove,
        _ => CapacityText.NotAbove,
    };

    private string BreachText => Worst switch
    {
        null => UnitFormatter.Missing,
        { Breach: CapacityBreach.Breached } => CapacityText.Breached,
        { Breach: CapacityBreach.Range, Earliest: { } earliest, Latest: { } latest } => Range(earliest, latest),
        { Breach: CapacityBreach.BeyondHorizon } => CapacityText.BeyondHorizon(SetDuration(Forecast.Horizon)),
        { Breach: CapacityBreach.NotApproaching } => CapacityText.NotApproaching,
        _ => CapacityText.NotEnoughData,
    };

    private string Range(TimeSpan earliest, TimeSpan latest)
    {
        if (latest > Forecast.Horizon)
        {
            return CapacityText.BreachRange(Duration(earliest), CapacityText.BeyondHorizon(SetDuration(Forecast.Horizon)));
        }
        var from = Duration(earliest);
        var to = Duration(latest);
        return from == to ? CapacityText.BreachAbout(from) : CapacityText.BreachRange(from, to);
    }

    private static string SeriesText(CapacitySeriesStatus worst, int count)
    {
        var labels = string.Join(", ", worst.Labels.Values.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        return count > 1 ? $"{labels} · {CapacityText.WorstOf(count.ToString(Culture))}" : labels;
    }
}
