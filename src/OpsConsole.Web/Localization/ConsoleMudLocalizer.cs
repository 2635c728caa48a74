using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OpsConsole.Web.Localization;

/// <summary>
/// MudBlazor ships its words in English only and asks this localizer for any other UI culture: it answers the
/// ones the console shows from <see cref="MudBlazorText"/>, and lets MudBlazor fall back to English for the rest.
/// </summary>
internal sealed class ConsoleMudLocalizer : MudLocalizer
{
    public override LocalizedString this[string key] =>
        TextOf(key) is { } text
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] => this[key];

    /// <summary>MudBlazor's key for each word, e.g. "MudTablePager_NextPage".</summary>
    internal static string? TextOf(string key) => key switch
    {
        "MudTablePager_FirstPage" or "MudDataGridPager_FirstPage" or "MudPagination_FirstPage" => MudBlazorText.TablePagerFirstPage,
        "MudTablePager_PreviousPage" or "MudDataGridPager_PreviousPage" or "MudPagination_PreviousPage" => MudBlazorText.TablePagerPreviousPage,
        "MudTablePager_NextPage" or "MudDataGridPager_NextPage" or "MudPagination_NextPage" => MudBlazorText.TablePagerNextPage,
        "MudTablePager_LastPage" or "MudDataGridPager_LastPage" or "MudPagination_LastPage" => MudBlazorText.TablePagerLastPage,
        "MudBaseDatePicker_Open" => MudBlazorText.DatePickerOpen,
        "MudBaseDatePicker_PrevMonth" => MudBlazorText.DatePickerPreviousMonth,
        "MudBaseDatePicker_NextMonth" => MudBlazorText.DatePickerNextMonth,
        "MudBaseDatePicker_PrevYear" => MudBlazorText.DatePickerPreviousYear,
        "MudBaseDatePicker_NextYear" => MudBlazorText.DatePickerNextYear,
        "MudTimePicker_Open" => MudBlazorText.TimePickerOpen,
        "MudAlert_Close" or "MudChip_Close" or "MudDialog_Close" or "MudSnackbar_Close" => MudBlazorText.Close,
        "MudInput_Clear" => MudBlazorText.Clear,
        "MudFormComponent_Required" => MudBlazorText.Required,
        "MudTable_Loading" or "MudDataGrid_Loading" => MudBlazorText.Loading,
        _ => null,
    };
}
