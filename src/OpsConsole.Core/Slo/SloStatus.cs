namespace OpsConsole.Core.Slo;

/// <summary>
/// Where one SLO stands at <see cref="At"/>, from its recording-rule series (<see cref="SloSeries"/>) only, so every
/// number here matches the graphs drawn from the same series.
/// </summary>
public sealed record SloStatus
{
    public required SloDefinition Slo { get; init; }

    public required DateTimeOffset At { get; init; }

    public required SloDataState State { get; init; }

    /// <summary>The share of the window's error budget still unspent (1 untouched, 0 spent, below 0 overspent); null without traffic or data.</summary>
    public double? BudgetRemaining { get; init; }

    /// <summary>Good events as a share of all over the SLO's window; null without traffic or data.</summary>
    public double? Availability { get; init; }

    /// <summary>The burn of each burn-rate alert window, in the generator's order.</summary>
    public IReadOnlyList<SloBurn> Burns { get; init; } = [];

    /// <summary>The budget still unspent as time of full outage (21.6 min of an untouched 99.95 % / 30 d budget).</summary>
    public TimeSpan? BudgetRemainingTime => BudgetRemaining is { } remaining ? Slo.BudgetTime * Math.Max(0, remaining) : null;

    /// <summary>The burn rate the exhaustion forecast uses: the shortest page window's long one (1 h).</summary>
    public double? CurrentBurn => Burns.Count > 0 ? Burns[0].LongBurn : null;

    /// <summary>When the budget runs out if the current burn holds; null when it already has, or never will.</summary>
    public DateTimeOffset? ExhaustedAt =>
        Exhaustion == SloExhaustion.Later && BudgetRemaining is { } remaining && CurrentBurn is { } burn
            // Whole seconds: a forecast has no sub-second precision, and 1 - 0.9995 is not exactly 0.0005 in binary.
            ? At + TimeSpan.FromSeconds(Math.Round((Slo.Window * (remaining / burn)).TotalSeconds))
            : null;

    public SloExhaustion Exhaustion => BudgetRemaining switch
    {
        null => SloExhaustion.Unknown,
        <= 0 => SloExhaustion.Exhausted,
        _ when CurrentBurn is not > 0 => SloExhaustion.Never,
        // A burn of 1x spends the whole budget in one window, so what is left lasts remaining / burn windows.
        _ when Slo.Window * (BudgetRemaining.Value / CurrentBurn.Value) > TimeSpan.FromDays(3650) => SloExhaustion.Never,
        _ => SloExhaustion.Later,
    };
}

/// <summary>Whether an SLO's series say anything.</summary>
public enum SloDataState
{
    /// <summary>Traffic over the window: the numbers mean something.</summary>
    Ok,

    /// <summary>The series exist but no event happened over the window: nothing to measure (never NaN, never 100 %).</summary>
    NoTraffic,

    /// <summary>No recording-rule series at all (rules not loaded yet, or not generated for this SLO).</summary>
    NoData,
}

public enum SloExhaustion
{
    /// <summary>No budget number (no traffic, no data).</summary>
    Unknown,

    /// <summary>Spent already.</summary>
    Exhausted,

    /// <summary>Nothing burns (or so slowly it outlasts any forecast worth showing).</summary>
    Never,

    /// <summary>Runs out at <see cref="SloStatus.ExhaustedAt"/>.</summary>
    Later,
}

/// <summary>
/// One burn-rate alert condition's current burn: error ratio over each window divided by the error budget
/// (1 = spending exactly the budget over the SLO window). Null for a window without traffic.
/// </summary>
public sealed record SloBurn(BurnRateWindow Window, double? LongBurn, double? ShortBurn)
{
    /// <summary>Both windows burn faster than the alert's factor (the alert's condition, before its minimum-traffic guard and for:).</summary>
    public bool Exceeded => LongBurn > Window.Factor && ShortBurn > Window.Factor;
}
