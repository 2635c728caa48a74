namespace OpsConsole.Core.Boards;

/// <summary>From <paramref name="Value"/> upwards, values show in <paramref name="Color"/> (a name from <see cref="BoardVocabulary.ColorNames"/> or <c>#rgb</c>/<c>#rrggbb</c>).</summary>
public sealed record Threshold(double Value, string Color)
{
    /// <summary>The colour for <paramref name="value"/> under ascending <paramref name="thresholds"/>, or null below the first (or for NaN).</summary>
    public static string? ColorFor(IReadOnlyList<Threshold> thresholds, double value)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        string? color = null;
        foreach (var threshold in thresholds)
        {
            if (value >= threshold.Value)
            {
                color = threshold.Color;
            }
        }
        return color;
    }
}
