using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Live;
using OpsConsole.Prometheus.Model;
using OpsConsole.Web.Investigate.Rules;

namespace OpsConsole.Web.Components.Investigate;

/// <summary>
/// Live rules by group: file, interval, last evaluation and its duration (flagged near the interval), each rule
/// with type, health, last error, expression (opens in Explore) and, for alerting rules, pending and firing counts
/// linked to the alerts. Filters live in the URL; a long list is virtualised.
/// </summary>
public sealed partial class RulesPage
{
    /// <summary>Below this many rows every row is in the page (findable with the browser's search); above, only those in view.</summary>
    public const int VirtualizeAbove = 400;

    private LiveValue<IReadOnlyList<RuleGroup>>? _value;
    private RuleFilter _filter = RuleFilter.None;

    [SupplyParameterFromQuery(Name = RuleFilter.TypeParameter)]
    public string? TypeParameter { get; set; }

    [SupplyParameterFromQuery(Name = RuleFilter.HealthParameter)]
    public string? HealthParameter { get; set; }

    [SupplyParameterFromQuery(Name = RuleFilter.TextParameter)]
    public string? TextParameter { get; set; }

    [Inject]
    private RulesSource Source { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private IReadOnlyList<RuleGroup>? Groups => _value is { HasValue: true } value ? value.Value : null;

    protected override void OnInitialized() =>
        Track(Source.Subscribe((value, _) => new ValueTask(Apply(() => _value = value))));

    protected override void OnParametersSet() => _filter = RuleFilter.FromQuery(TypeParameter, HealthParameter, TextParameter);

    private void SetText(string? text) => Navigate(_filter with { Text = text?.Trim() ?? string.Empty });

    private void SetType(RuleTypeChoice type) => Navigate(_filter with { Type = type });

    private void SetHealth(RuleHealthChoice health) => Navigate(_filter with { Health = health });

    private void Navigate(RuleFilter filter)
    {
        _filter = filter;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [RuleFilter.TypeParameter] = filter.Type == RuleTypeChoice.Any ? null : filter.Type.ToString().ToLowerInvariant(),
            [RuleFilter.HealthParameter] = filter.Health == RuleHealthChoice.Any ? null : filter.Health.ToString().ToLowerInvariant(),
            [RuleFilter.TextParameter] = filter.Text.Length == 0 ? null : filter.Text,
        }), replace: true);
    }

    private static string TypeWord(RuleTypeChoice choice) => choice switch
    {
        RuleTypeChoice.Alerting => InvestigateText.TypeAlerting,
        RuleTypeChoice.Recording => InvestigateText.TypeRecording,
        _ => InvestigateText.TypeAny,
    };

    private static string HealthWord(RuleHealthChoice choice) => choice switch
    {
        RuleHealthChoice.Ok => InvestigateText.HealthOk,
        RuleHealthChoice.Err => InvestigateText.HealthErr,
        RuleHealthChoice.Unknown => InvestigateText.HealthUnknown,
        _ => InvestigateText.HealthAny,
    };
}
