using MudBlazor;

namespace OpsConsole.Web.Components.Panels;

/// <summary>From <see cref="From"/> upwards (until the next threshold) a stat is shown in <see cref="Color"/>.</summary>
public sealed record StatThreshold(double From, Color Color)
{
    /// <summary>The colour of the highest threshold at or below <paramref name="value"/>; Default when none applies.</summary>
    public static Color ColorFor(double? value, IReadOnlyList<StatThreshold>? thresholds)
    {
        if (value is not { } number || double.IsNaN(number) || thresholds is null)
        {
            return Color.Default;
        }
        var applies = thresholds.Where(t => t.From <= number).OrderBy(t => t.From).LastOrDefault();
        return applies?.Color ?? Color.Default;
    }

    /// <summary>Success-rate style: red below 95 %, amber below 99 %, green above.</summary>
    public static IReadOnlyList<StatThreshold> HigherIsBetter(double warningBelow, double criticalBelow) =>
    [
        new(double.NegativeInfinity, Color.Error),
        new(criticalBelow, Color.Warning),
        new(warningBelow, Color.Success),
    ];
}
