using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Slo;

/// <summary>The words of the SLO pages, from Resources/SloText.resx (en) and SloText.zh-CN.resx.</summary>
internal static class SloText
{
    private static readonly TextResource Text = new(nameof(SloText));

    public static string Title => Text.Get();

    public static string ColumnSlo => Text.Get();

    public static string ColumnService => Text.Get();

    public static string ColumnObjective => Text.Get();

    public static string ColumnAvailability => Text.Get();

    public static string ColumnBudget => Text.Get();

    public static string ColumnBudgetTime => Text.Get();

    public static string ColumnBurn(string value) => Text.Format([value]);

    public static string ColumnState => Text.Get();

    public static string NoTraffic => Text.Get();

    public static string NoData => Text.Get();

    public static string BrokenFile(string value) => Text.Format([value]);

    public static string BrokenHint => Text.Get();

    public static string NoSlos => Text.Get();

    public static string UnknownSlo(string value) => Text.Format([value]);

    public static string BackToList => Text.Get();

    public static string WindowLabel => Text.Get();

    public static string OverWindow(string value) => Text.Format([value]);

    public static string BudgetTotal(string value) => Text.Format([value]);

    public static string ExhaustedAtLabel => Text.Get();

    public static string Exhausted => Text.Get();

    public static string NeverExhausted => Text.Get();

    public static string AtCurrentBurn(string value) => Text.Format([value]);

    public static string Times(string value) => Text.Format([value]);

    public static string BurnRatesTitle => Text.Get();

    public static string ColumnAlertKind => Text.Get();

    public static string ColumnFactor => Text.Get();

    public static string ColumnLong => Text.Get();

    public static string ColumnShort => Text.Get();

    public static string KindPage => Text.Get();

    public static string KindTicket => Text.Get();

    public static string OverFactor => Text.Get();

    public static string BurnDownTitle(string value) => Text.Format([value]);

    public static string BurnDownLegend => Text.Get();

    public static string AlertsTitle => Text.Get();

    public static string AlertFiring(string value) => Text.Format([value]);

    public static string AlertPending(string value) => Text.Format([value]);

    public static string AlertInactive => Text.Get();
}
