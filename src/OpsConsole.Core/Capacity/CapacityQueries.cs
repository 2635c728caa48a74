using OpsConsole.Core.Boards;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Capacity;

/// <summary>
/// The PromQL the capacity page asks for one trigger; compared by value, so it keys the shared poll (every viewer of a
/// trigger shares one fetch, and an edited trigger is a new key).
/// </summary>
/// <param name="Value">The watched quantity now, one series per instance (the trigger's own expression).</param>
/// <param name="ActiveSince">The trigger's alert <c>ALERTS_FOR_STATE</c>: when each series went above the threshold, as the rule saw it.</param>
public sealed record CapacityQueries(string Value, string ActiveSince, CapacityFitQueries Short, CapacityFitQueries Long)
{
    public static CapacityQueries For(CapacityTrigger trigger, CapacityForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(options);
        var activeSince = $"ALERTS_FOR_STATE{{alertname=\"{PromQlString.Escape(trigger.Alert)}\", trigger=\"{PromQlString.Escape(trigger.Id)}\"}}";
        return new CapacityQueries(trigger.Expr, activeSince,
            CapacityFitQueries.For(trigger.Expr, options.ShortLookback, options.Resolution),
            CapacityFitQueries.For(trigger.Expr, options.LongLookback, options.Resolution));
    }
}

/// <summary>
/// One least-squares fit over a lookback: <c>predict_linear(x[w], 0)</c> is the fitted value now and <c>deriv(x[w])</c> its
/// slope (Prometheus computes both with the same regression), so the fit crosses threshold T after (T − intercept) / slope.
/// The expression is a subquery because a trigger watches an expression, not just a stored series.
/// </summary>
public sealed record CapacityFitQueries(TimeSpan Lookback, string Intercept, string Slope)
{
    public static CapacityFitQueries For(string expr, TimeSpan lookback, TimeSpan resolution)
    {
        var range = $"({expr})[{PromDuration.Format(lookback)}:{PromDuration.Format(resolution)}]";
        return new CapacityFitQueries(lookback, $"predict_linear({range}, 0)", $"deriv({range})");
    }
}
