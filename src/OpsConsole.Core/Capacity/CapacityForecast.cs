using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Capacity;

/// <summary>
/// Turns a trigger's <see cref="CapacityReading"/> into what the capacity page shows. Time to breach is a range between two
/// <c>predict_linear</c> fits, a short lookback and a long one. The trend is called not linear when both fits exist and
/// disagree: one heads for the threshold while the other does not, or their times to breach differ by more than
/// <see cref="CapacityForecastOptions.DisagreementFactor"/>. A straight line fits a straight trend the same over any
/// window, so disagreement means curvature (growth speeding up or slowing down) or a cycle the short window sits on one
/// flank of; comparing the two answers costs two instant queries, where a goodness of fit (R²) would need every sample.
/// </summary>
public static class CapacityForecast
{
    // Labels the alert rule adds to ALERTS_FOR_STATE; without them its series name the same instance as the value's.
    private static readonly string[] RuleLabels = ["__name__", "alertname", "alertstate", "severity", "category", "trigger", "hpa", "action"];

    public static CapacityStatus Evaluate(CapacityTrigger trigger, CapacityReading reading, CapacityForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(options);
        var ignored = trigger.Service is null ? RuleLabels : [.. RuleLabels, "service"];
        string Key(LabelSet labels) => SeriesKey(labels, ignored);

        var activeSince = ByKey(reading.ActiveSince, Key);
        var shortFit = Fits(reading.Short, Key);
        var longFit = Fits(reading.Long, Key);
        var series = new List<CapacitySeriesStatus>();
        foreach (var sample in reading.Values)
        {
            if (!double.IsFinite(sample.Point.Value))
            {
                continue;
            }
            var key = Key(sample.Labels);
            TimeSpan? aboveFor = activeSince.TryGetValue(key, out var since) && double.IsFinite(since.Point.Value)
                ? Max(TimeSpan.Zero, since.Point.Timestamp - DateTimeOffset.FromUnixTimeMilliseconds((long)(since.Point.Value * 1000)))
                : null;
            series.Add(Series(trigger, options, sample, aboveFor, shortFit.GetValueOrDefault(key), longFit.GetValueOrDefault(key)));
        }

        return series.Count == 0 ? CapacityStatus.NoData : new CapacityStatus(series.Count, series.OrderBy(s => Urgency(s, trigger)).First());
    }

    private static CapacitySeriesStatus Series(
        CapacityTrigger trigger, CapacityForecastOptions options, InstantSample sample, TimeSpan? aboveFor, Fit? shortFit, Fit? longFit)
    {
        var labels = new LabelSet(sample.Labels.Values.Where(l => l.Key != "__name__"));
        if (sample.Point.Value > trigger.Threshold)
        {
            return new(labels, sample.Point.Value, aboveFor, CapacityBreach.Breached, null, null, false);
        }

        var fits = new[] { shortFit, longFit }.OfType<Fit>().ToList();
        if (fits.Count == 0)
        {
            return new(labels, sample.Point.Value, aboveFor, CapacityBreach.Unknown, null, null, false);
        }

        var times = fits.Select(f => f.TimeTo(trigger.Threshold)).OfType<TimeSpan>().Order().ToList();
        var notLinear = fits.Count == 2 && (times.Count == 1 ||
            (times.Count == 2 && Max(times[1], options.Resolution) > Max(times[0], options.Resolution) * options.DisagreementFactor));
        if (times.Count == 0)
        {
            return new(labels, sample.Point.Value, aboveFor, CapacityBreach.NotApproaching, null, null, notLinear);
        }
        var breach = times[0] > options.Horizon ? CapacityBreach.BeyondHorizon : CapacityBreach.Range;
        return new(labels, sample.Point.Value, aboveFor, breach, times[0], times[^1], notLinear);
    }

    // Breached first (furthest past the threshold), then the nearest breach, then the rest by how close they are.
    private static (int, double) Urgency(CapacitySeriesStatus series, CapacityTrigger trigger) => series.Breach switch
    {
        CapacityBreach.Breached => (0, -series.Value),
        CapacityBreach.Range => (1, series.Earliest!.Value.TotalSeconds),
        CapacityBreach.BeyondHorizon => (2, series.Earliest!.Value.TotalSeconds),
        _ => (3, trigger.Threshold - series.Value),
    };

    private static Dictionary<string, Fit> Fits(CapacityFitReading reading, Func<LabelSet, string> key)
    {
        var slopes = ByKey(reading.Slopes, key);
        var fits = new Dictionary<string, Fit>(StringComparer.Ordinal);
        foreach (var (name, intercept) in ByKey(reading.Intercepts, key))
        {
            if (slopes.TryGetValue(name, out var slope) && double.IsFinite(intercept.Point.Value) && double.IsFinite(slope.Point.Value))
            {
                fits[name] = new Fit(intercept.Point.Value, slope.Point.Value);
            }
        }
        return fits;
    }

    private static Dictionary<string, InstantSample> ByKey(IReadOnlyList<InstantSample> samples, Func<LabelSet, string> key)
    {
        var byKey = new Dictionary<string, InstantSample>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            byKey.TryAdd(key(sample.Labels), sample);
        }
        return byKey;
    }

    private static string SeriesKey(LabelSet labels, string[] ignored) =>
        string.Join('\u001f', labels.Values.Where(l => !ignored.Contains(l.Key, StringComparer.Ordinal))
            .OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>A fitted line: the value it gives now and its slope per second.</summary>
    private sealed record Fit(double Intercept, double SlopePerSecond)
    {
        /// <summary>When the line reaches <paramref name="threshold"/>; null when it never does (flat or falling).</summary>
        public TimeSpan? TimeTo(double threshold)
        {
            if (SlopePerSecond <= 0)
            {
                return null;
            }
            // The value is below the threshold but the fitted line already crossed: the breach is due now.
            var seconds = Math.Max(0, (threshold - Intercept) / SlopePerSecond);
            return seconds >= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.MaxValue / 2 : TimeSpan.FromSeconds(seconds);
        }
    }
}
