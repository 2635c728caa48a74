using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Live;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Investigate;
using OpsConsole.Web.Investigate.Targets;

namespace OpsConsole.Web.Components.Investigate;

/// <summary>
/// Live targets by scrape pool: health, last scrape, duration against the timeout, errors inline, labels before and
/// after relabelling, an up/down strip, and the targets that joined or left recently. The filter lives in the URL,
/// so a live update, a reload or a shared link keeps it.
/// </summary>
public sealed partial class TargetsPage
{
    private readonly HashSet<string> _collapsed = new(StringComparer.Ordinal);
    private LiveValue<TargetsSnapshot>? _value;
    private TargetFilter _filter = TargetFilter.None;

    [SupplyParameterFromQuery(Name = TargetFilter.HealthParameter)]
    public string? HealthParameter { get; set; }

    [SupplyParameterFromQuery(Name = TargetFilter.TextParameter)]
    public string? TextParameter { get; set; }

    [Inject]
    private TargetsSource Source { get; set; } = default!;

    [Inject]
    private IOptions<InvestigateOptions> Options { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private TargetsSnapshot? Snapshot => _value is { HasValue: true } value ? value.Value : null;

    protected override void OnInitialized() =>
        Track(Source.Subscribe((value, _) => new ValueTask(Apply(() => _value = value))));

    protected override void OnParametersSet() => _filter = TargetFilter.FromQuery(HealthParameter, TextParameter);

    private void SetText(string? text) => Navigate(_filter with { Text = text?.Trim() ?? string.Empty });

    private void SetHealth(TargetHealthChoice health) => Navigate(_filter with { Health = health });

    private void Navigate(TargetFilter filter)
    {
        _filter = filter;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [TargetFilter.HealthParameter] = filter.Health == TargetHealthChoice.Any ? null : filter.Health.ToString().ToLowerInvariant(),
            [TargetFilter.TextParameter] = filter.Text.Length == 0 ? null : filter.Text,
        }), replace: true);
    }

    private void Toggle(string pool)
    {
        if (!_collapsed.Remove(pool))
        {
            _collapsed.Add(pool);
        }
    }

    private static string Seconds(TimeSpan span) => UnitFormatter.Format(span.TotalSeconds, Unit.Seconds, null, Culture);

    private static string HealthWord(TargetHealthChoice choice) => choice switch
    {
        TargetHealthChoice.Up => InvestigateText.HealthUp,
        TargetHealthChoice.Down => InvestigateText.HealthDown,
        TargetHealthChoice.Unknown => InvestigateText.HealthUnknown,
        _ => InvestigateText.HealthAny,
    };

    private static string HealthWord(TargetHealth health) =>
        health == TargetHealth.Up ? InvestigateText.HealthUp : health == TargetHealth.Down ? InvestigateText.HealthDown : InvestigateText.HealthUnknown;

    // A pool with no target at all is a discovery problem, not a scrape failure.
    private static Color PoolColor(ScrapePoolView pool) =>
        pool.TotalCount == 0 ? Color.Warning : pool.UpCount == pool.TotalCount ? Color.Success : Color.Error;

    private static Color HealthColor(TargetHealth health) =>
        health == TargetHealth.Up ? Color.Success : health == TargetHealth.Down ? Color.Error : Color.Default;
}
