using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Slo;

/// <summary>
/// Reads every SLO's recording-rule series in one instant query and turns them into <see cref="SloStatus"/>.
/// SLOs with <c>group_by</c> have a series per group: the SLO shows its worst group (most burn, least budget).
/// </summary>
public sealed class SloStatusReader(IMetricsSource source)
{
    /// <summary>One selector for every series the SLO page shows (requests and error ratio per window, budget remaining).</summary>
    public static string Selector(IEnumerable<SloDefinition> slos)
    {
        ArgumentNullException.ThrowIfNull(slos);
        var windows = slos.SelectMany(SloRuleGenerator.Windows).Distinct().Order().ToList();
        var names = windows.SelectMany(w => new[] { SloSeries.Requests(w), SloSeries.ErrorRatio(w) }).Append(SloSeries.BudgetRemaining);
        return $"{{__name__=~\"{string.Join('|', names)}\",{SloSeries.SloLabel}!=\"\"}}";
    }

    /// <summary>The status of each of <paramref name="slos"/> at <paramref name="at"/>, by id.</summary>
    public async Task<IReadOnlyDictionary<string, SloStatus>> ReadAsync(
        IReadOnlyList<SloDefinition> slos, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slos);
        if (slos.Count == 0)
        {
            return new Dictionary<string, SloStatus>(StringComparer.Ordinal);
        }
        var result = await source.QueryAsync(Selector(slos), at, cancellationToken).ConfigureAwait(false);
        return Build(slos, result.Value, at);
    }

    /// <summary>Turns the samples of <see cref="Selector"/> into statuses (pure; the tests feed it samples).</summary>
    public static IReadOnlyDictionary<string, SloStatus> Build(IReadOnlyList<SloDefinition> slos, IReadOnlyList<InstantSample> samples, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(slos);
        ArgumentNullException.ThrowIfNull(samples);
        var bySlo = samples
            .Where(s => s.Labels[SloSeries.SloLabel] is not null)
            .GroupBy(s => s.Labels[SloSeries.SloLabel]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var statuses = new Dictionary<string, SloStatus>(StringComparer.Ordinal);
        foreach (var slo in slos)
        {
            statuses[slo.Id] = Status(slo, bySlo.GetValueOrDefault(slo.Id) ?? [], at);
        }
        return statuses;
    }

    private static SloStatus Status(SloDefinition slo, List<InstantSample> samples, DateTimeOffset at)
    {
        var values = samples
            .Where(s => double.IsFinite(s.Point.Value))
            .GroupBy(s => s.Labels.MetricName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Point.Value).ToList(), StringComparer.Ordinal);
        double? Requests(TimeSpan window) => values.TryGetValue(SloSeries.Requests(window), out var v) ? v.Sum() : null;
        double? Ratio(TimeSpan window) => values.TryGetValue(SloSeries.ErrorRatio(window), out var v) ? v.Max() : null;
        double? Burn(TimeSpan window) => Requests(window) > 0 && Ratio(window) is { } ratio ? ratio / slo.ErrorBudget : null;

        var burns = BurnRateWindow.Standard.Select(w => new SloBurn(w, Burn(w.Long), Burn(w.Short))).ToList();
        var traffic = Requests(slo.Window);
        var state = traffic is null && !values.ContainsKey(SloSeries.BudgetRemaining) ? SloDataState.NoData
            : traffic > 0 ? SloDataState.Ok
            : SloDataState.NoTraffic;
        var ok = state == SloDataState.Ok;
        var windowRatio = Ratio(slo.Window);
        return new SloStatus
        {
            Slo = slo,
            At = at,
            State = state,
            BudgetRemaining = ok && values.TryGetValue(SloSeries.BudgetRemaining, out var budget) ? budget.Min() : null,
            Availability = ok && windowRatio is { } r ? 1 - r : null,
            Burns = burns,
        };
    }
}
