namespace OpsConsole.Core.Slo;

/// <summary>
/// One multi-window burn-rate condition (Google SRE workbook, ch. 5): the error ratio over both the long and the
/// short window exceeds <see cref="Factor"/> times the error budget. The short window makes the alert stop soon
/// after the burn does.
/// </summary>
public sealed record BurnRateWindow(TimeSpan Long, TimeSpan Short, double Factor, SloAlertKind Kind)
{
    /// <summary>
    /// Page: 14.4× over 1 h and 5 m (2 % of a 30-day budget in an hour), 6× over 6 h and 30 m (5 % in six hours).
    /// Ticket: 3× over 1 d and 2 h (10 % in a day), 1× over 3 d and 6 h (10 % in three days).
    /// </summary>
    public static IReadOnlyList<BurnRateWindow> Standard { get; } =
    [
        new(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 14.4, SloAlertKind.Page),
        new(TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 6, SloAlertKind.Page),
        new(TimeSpan.FromDays(1), TimeSpan.FromHours(2), 3, SloAlertKind.Ticket),
        new(TimeSpan.FromDays(3), TimeSpan.FromHours(6), 1, SloAlertKind.Ticket),
    ];
}

/// <summary>Who a burn-rate alert wakes: the on-call engineer now, or a ticket for working hours.</summary>
public enum SloAlertKind
{
    Page,
    Ticket,
}
