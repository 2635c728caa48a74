using System.Globalization;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Feeds;
using OpsConsole.Web.Components.Live;

namespace OpsConsole.Web.Components.Panels;

/// <summary>
/// A board panel's definition with the live state of each of its targets (same order as
/// <see cref="PanelDefinition.Targets"/>): what every panel type renders from.
/// </summary>
public sealed class PanelData
{
    public PanelData(PanelDefinition panel, IReadOnlyList<LivePanelState> states)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(states);
        Panel = panel;
        States = states;
        Series = [.. panel.Targets
            .Select((target, i) => (target, state: i < states.Count ? states[i] : LivePanelState.Empty))
            .SelectMany(pair => pair.state.Series
                .Select(s => new NamedSeries(LegendTemplate.Render(pair.target.Legend, s.Labels), s))
                .OrderBy(s => s.Name, StringComparer.Ordinal))];
    }

    public PanelDefinition Panel { get; }

    public IReadOnlyList<LivePanelState> States { get; }

    public PanelOptions Options => Panel.Options;

    public string Title => Panel.Title.For(CultureInfo.CurrentUICulture);

    public string? Description => Panel.Description?.For(CultureInfo.CurrentUICulture);

    /// <summary>Why a target's latest refresh failed (the backend's own text); null when all succeeded.</summary>
    public string? Error => States.Select(s => s.Error).FirstOrDefault(e => e is not null);

    /// <summary>Some target has an answer on screen (a failure then means "stale", not "error").</summary>
    public bool HasValue => States.Any(s => s.HasValue);

    /// <summary>When the oldest answer on screen was fetched.</summary>
    public DateTimeOffset? UpdatedAt => States.Select(s => s.UpdatedAt).Where(t => t is not null).Min();

    /// <summary>Every series of every target (in target order, by name within one), named by its target's legend template.</summary>
    public IReadOnlyList<NamedSeries> Series { get; }

    /// <summary>At least one finite value arrived: the panel has something real to draw.</summary>
    public bool HasData => Series.Any(s => s.Latest is not null);

    /// <summary>The query window of the answers on screen (widest over the targets); null before any answer.</summary>
    public FeedWindow? Window
    {
        get
        {
            var windows = States.Where(s => s.HasValue).Select(s => s.Frame!.Window).ToList();
            return windows.Count == 0 ? null : new FeedWindow(windows.Min(w => w.Start), windows.Max(w => w.End));
        }
    }

    /// <summary>The first finite value (stat and gauge panels).</summary>
    public double? Scalar => Series.Select(s => s.Latest).FirstOrDefault(v => v is not null);

    /// <summary>Whether <paramref name="other"/> shows exactly the same frames (so derived chart data can be reused).</summary>
    public bool SameFramesAs(PanelData? other) =>
        other is not null && ReferenceEquals(other.Panel, Panel) && other.States.Count == States.Count &&
        States.Zip(other.States).All(pair => ReferenceEquals(pair.First.Frame, pair.Second.Frame));

    public string Format(double? value) =>
        UnitFormatter.Format(value, Options.Unit, Options.Decimals, CultureInfo.CurrentCulture);
}
