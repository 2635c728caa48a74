using System.Collections.Frozen;

namespace OpsConsole.Core.Boards;

/// <summary>
/// The words a board file uses for each enumeration, in one place so the loader, the JSON Schema
/// test and the web renderer (which hands unit names to the chart module) agree.
/// </summary>
public static class BoardVocabulary
{
    public static readonly FrozenDictionary<string, PanelType> PanelTypes = Build(
        ("stat", PanelType.Stat), ("gauge", PanelType.Gauge), ("timeseries", PanelType.TimeSeries),
        ("bar", PanelType.Bar), ("distribution", PanelType.Distribution), ("table", PanelType.Table),
        ("topn", PanelType.TopN), ("stategrid", PanelType.StateGrid));

    public static readonly FrozenDictionary<string, Unit> Units = Build(
        ("none", Unit.None), ("percent", Unit.Percent), ("percentunit", Unit.PercentUnit),
        ("s", Unit.Seconds), ("ms", Unit.Milliseconds), ("bytes", Unit.Bytes),
        ("bytes/s", Unit.BytesPerSecond), ("ops/s", Unit.OpsPerSecond), ("count", Unit.Count));

    public static readonly FrozenDictionary<string, LegendPlacement> LegendPlacements = Build(
        ("bottom", LegendPlacement.Bottom), ("right", LegendPlacement.Right), ("hidden", LegendPlacement.Hidden));

    public static readonly FrozenDictionary<string, SeriesStyle> SeriesStyles = Build(
        ("line", SeriesStyle.Line), ("area", SeriesStyle.Area));

    public static readonly FrozenDictionary<string, DistributionMode> DistributionModes = Build(
        ("histogram", DistributionMode.Histogram), ("donut", DistributionMode.Donut));

    public static readonly FrozenDictionary<string, QueryMode> QueryModes = Build(
        ("instant", QueryMode.Instant), ("range", QueryMode.Range));

    /// <summary>Colour names a threshold may use besides <c>#rgb</c> / <c>#rrggbb</c>; the theme maps them to its palette.</summary>
    public static readonly FrozenSet<string> ColorNames =
        new[] { "green", "yellow", "orange", "red", "blue", "purple", "grey" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The board-file word for <paramref name="unit"/> (<c>bytes/s</c>), also the chart module's unit name.</summary>
    public static string NameOf(Unit unit) => NameOf(Units, unit);

    /// <summary>The board-file word for <paramref name="type"/> (<c>timeseries</c>).</summary>
    public static string NameOf(PanelType type) => NameOf(PanelTypes, type);

    private static string NameOf<T>(FrozenDictionary<string, T> names, T value)
        where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;

    private static FrozenDictionary<string, T> Build<T>(params (string Name, T Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
}
