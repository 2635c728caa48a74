using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Live;
using OpsConsole.Core.Slo;
using OpsConsole.Web.Slo;

namespace OpsConsole.Web.Components.Slo;

/// <summary>
/// Every SLO file as a row, sorted by budget remaining (lowest first); a broken file is a row of its own with its
/// errors, never an empty list. Numbers come live from the SLO recording rules; an outage keeps the last ones, stale.
/// </summary>
public sealed partial class SloListPage
{
    private LiveValue<SloStatusSnapshot>? _value;
    private IReadOnlyList<SloRow> _rows = [];

    [Inject]
    private SloCatalog Catalog { get; set; } = default!;

    [Inject]
    private SloStatusSource Source { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    protected override void OnInitialized()
    {
        Order();
        Catalog.Changed += OnCatalogChanged;
        OnDispose(() => Catalog.Changed -= OnCatalogChanged);
        Track(Source.Subscribe((value, _) => new ValueTask(Apply(() =>
        {
            _value = value;
            Order();
        }))));
    }

    private void OnCatalogChanged(object? sender, SloCatalogSnapshot e) => _ = Apply(Order);

    private void Order() => _rows = SloRow.Order(Catalog.Current, _value is { HasValue: true } value ? value.Value : null);

    internal static string StateOf(SloStatus? status) => status?.State switch
    {
        SloDataState.Ok => "ok",
        SloDataState.NoTraffic => "no-traffic",
        SloDataState.NoData => "no-data",
        _ => "loading",
    };

    /// <summary>A number when there is traffic; the words "no traffic" / "no data" instead of NaN or a false 100 %.</summary>
    internal static string Measured(SloStatus? status, Func<SloStatus, double?> read, Func<double, string> format) =>
        status is { State: SloDataState.Ok } && read(status) is { } value ? format(value) : Unmeasured(status);

    /// <summary>What stands where a number cannot: "no traffic", "no data", or the formatter's dash before the first read.</summary>
    internal static string Unmeasured(SloStatus? status) => status?.State switch
    {
        SloDataState.NoTraffic => SloText.NoTraffic,
        SloDataState.NoData => SloText.NoData,
        _ => UnitFormatter.Missing,
    };

    /// <summary>A window's burn; a window without traffic (null) says so.</summary>
    internal static string Burn(SloStatus? status, double? burn) =>
        status is not { State: SloDataState.Ok } ? Unmeasured(status) : burn is { } value ? SloFormat.Burn(value) : SloText.NoTraffic;
}
