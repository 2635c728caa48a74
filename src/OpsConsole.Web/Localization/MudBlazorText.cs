namespace OpsConsole.Web.Localization;

/// <summary>
/// MudBlazor's own words (pager buttons, picker buttons, close and clear buttons) in zh-CN, from
/// Resources/MudBlazorText.resx (en) and MudBlazorText.zh-CN.resx; <see cref="ConsoleMudLocalizer"/> hands them out.
/// </summary>
internal static class MudBlazorText
{
    private static readonly TextResource Text = new(nameof(MudBlazorText));

    public static string TablePagerFirstPage => Text.Get();

    public static string TablePagerPreviousPage => Text.Get();

    public static string TablePagerNextPage => Text.Get();

    public static string TablePagerLastPage => Text.Get();

    public static string DatePickerOpen => Text.Get();

    public static string DatePickerPreviousMonth => Text.Get();

    public static string DatePickerNextMonth => Text.Get();

    public static string DatePickerPreviousYear => Text.Get();

    public static string DatePickerNextYear => Text.Get();

    public static string TimePickerOpen => Text.Get();

    public static string Close => Text.Get();

    public static string Clear => Text.Get();

    public static string Required => Text.Get();

    public static string Loading => Text.Get();
}
