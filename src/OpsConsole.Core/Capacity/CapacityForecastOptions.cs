namespace OpsConsole.Core.Capacity;

/// <summary>How the capacity page extrapolates (section <c>Capacity:Forecast</c>).</summary>
public sealed class CapacityForecastOptions
{
    /// <summary>The recent fit: follows a trend that just started.</summary>
    public TimeSpan ShortLookback { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The steadier fit: a trend that holds over this long is not a blip.</summary>
    public TimeSpan LongLookback { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The subquery step the watched expression is sampled at for the fits (about the scrape interval or a little more).</summary>
    public TimeSpan Resolution { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A breach further away than this is shown as "more than" it: a straight line says nothing that far out.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The two fits' times to breach may differ by this factor before the trend is called not linear.</summary>
    public double DisagreementFactor { get; set; } = 2;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Resolution, TimeSpan.FromSeconds(1), nameof(Resolution));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShortLookback, Resolution * 4, nameof(ShortLookback));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LongLookback, ShortLookback, nameof(LongLookback));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Horizon, TimeSpan.Zero, nameof(Horizon));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DisagreementFactor, 1, nameof(DisagreementFactor));
    }
}
