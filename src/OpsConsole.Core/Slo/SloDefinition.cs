using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Slo;

/// <summary>One service level objective as its file in <c>deploy/slo/</c> states it.</summary>
public sealed record SloDefinition
{
    /// <summary>Lower-case slug (<c>webhook-availability</c>): the <c>slo</c> label of every generated series and the page's URL.</summary>
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>The <c>service</c> label the generated series and alerts carry (Alertmanager routes and inhibits by it).</summary>
    public required string Service { get; init; }

    /// <summary>The objective as a fraction (0.9995 for 99.95 %).</summary>
    public required double Objective { get; init; }

    /// <summary>The rolling window the objective holds over (30 days).</summary>
    public required TimeSpan Window { get; init; }

    public required SloIndicator Indicator { get; init; }

    /// <summary>Labels the SLI keeps (one series per combination); empty for one series per SLO.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>Events per second the alert's long window must average before a burn-rate alert may fire.</summary>
    public required double MinimumTraffic { get; init; }

    public required string SourceFile { get; init; }

    /// <summary>The share of events allowed to be bad (0.0005 at 99.95 %).</summary>
    public double ErrorBudget => 1 - Objective;

    /// <summary>The error budget as time: how long the service may be fully down within the window (21.6 min at 99.95 % over 30 d).</summary>
    public TimeSpan BudgetTime => Window * ErrorBudget;

    /// <summary>The prefix of this SLO's alert names (<c>WebhookAvailability</c>).</summary>
    public string AlertPrefix => string.Concat(Id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}

/// <summary>What counts: either bad events and all events, or good events and all events (counter selectors).</summary>
/// <param name="Kind">Whether <paramref name="Selector"/> counts bad or good events.</param>
/// <param name="Selector">A counter selector, e.g. <c>robot_command_failures_total</c>.</param>
/// <param name="Total">A counter selector counting every event.</param>
public sealed record SloIndicator(SloIndicatorKind Kind, string Selector, string Total);

public enum SloIndicatorKind
{
    /// <summary>The selector counts bad events.</summary>
    Errors,

    /// <summary>The selector counts good events; bad = total − good.</summary>
    Good,
}
