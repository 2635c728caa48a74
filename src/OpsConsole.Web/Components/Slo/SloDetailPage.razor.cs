using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Live;
using OpsConsole.Core.Slo;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Slo;

namespace OpsConsole.Web.Components.Slo;

/// <summary>
/// One SLO: objective, availability and budget over its window, burn per alert window, when the budget runs out at
/// the current burn, its burn-rate alerts live, and the budget burn-down graph, all from its recording-rule series.
/// </summary>
public sealed partial class SloDetailPage
{
    private LiveValue<SloStatusSnapshot>? _value;

    [Parameter]
    public string SloId { get; set; } = string.Empty;

    [Inject]
    private SloCatalog Catalog { get; set; } = default!;

    [Inject]
    private SloStatusSource Source { get; set; } = default!;

    [Inject]
    private IOptions<SloOptions> Options { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    private SloDefinition? Slo => Catalog.Current.Find(SloId);

    private SloStatus? Status => _value is { HasValue: true } value ? value.Value?.Find(SloId) : null;

    protected override void OnInitialized()
    {
        Catalog.Changed += OnCatalogChanged;
        OnDispose(() => Catalog.Changed -= OnCatalogChanged);
        Track(Source.Subscribe((value, _) => new ValueTask(Apply(() => _value = value))));
    }

    private void OnCatalogChanged(object? sender, SloCatalogSnapshot e) => _ = Apply(() => { });

    private string ExhaustedText(SloStatus? status) => status is not { State: SloDataState.Ok }
        ? SloListPage.Unmeasured(status)
        : status.Exhaustion switch
        {
            SloExhaustion.Exhausted => SloText.Exhausted,
            SloExhaustion.Later when status.ExhaustedAt is { } at => DisplayTime.DateTime(at, TimeProvider),
            SloExhaustion.Never => SloText.NeverExhausted,
            _ => Core.Boards.UnitFormatter.Missing,
        };

    private static string BurnText(SloStatus? status, double? burn) => SloListPage.Burn(status, burn);
}
