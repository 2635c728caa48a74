using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Slo;

/// <summary>The names of the series the generated recording rules write; the SLO page reads the same names.</summary>
public static class SloSeries
{
    public const string SloLabel = "slo";

    /// <summary>Every window a rule records: the burn-rate windows' long and short ones; the SLO's own window is added per SLO.</summary>
    public static IReadOnlyList<TimeSpan> BurnWindows { get; } =
        [.. BurnRateWindow.Standard.SelectMany(w => new[] { w.Short, w.Long }).Distinct().Order()];

    /// <summary>Events per second over <paramref name="window"/> (<c>slo:sli_requests:rate1h</c>).</summary>
    public static string Requests(TimeSpan window) => "slo:sli_requests:rate" + PromDuration.Format(window);

    /// <summary>Bad events per second over <paramref name="window"/>.</summary>
    public static string Errors(TimeSpan window) => "slo:sli_errors:rate" + PromDuration.Format(window);

    /// <summary>Bad events as a share of all events over <paramref name="window"/>; 0, never NaN, when there were none.</summary>
    public static string ErrorRatio(TimeSpan window) => "slo:sli_error:ratio_rate" + PromDuration.Format(window);

    /// <summary>The share of the window's error budget still unspent (1 = untouched, 0 = spent, below 0 = overspent).</summary>
    public const string BudgetRemaining = "slo:error_budget:remaining";

    /// <summary>A selector for one SLO's series.</summary>
    public static string Of(string series, string sloId) => $"{series}{{{SloLabel}=\"{Metrics.PromQlString.Escape(sloId)}\"}}";
}
