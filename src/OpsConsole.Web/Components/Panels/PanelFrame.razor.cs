using Microsoft.AspNetCore.Components;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Components.Panels;

public sealed partial class PanelFrame
{
    /// <summary>Stable id for tests and links, e.g. "fleet-online-rate".</summary>
    [Parameter, EditorRequired]
    public required string PanelId { get; set; }

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    /// <summary>The board-file word for the panel's type (e.g. "timeseries"), for tests and styling.</summary>
    [Parameter]
    public string? PanelType { get; set; }

    /// <summary>Shown as the title's tooltip.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>Real data is on screen (<c>data-drew="true"</c>): a browser test's "every panel drew".</summary>
    [Parameter]
    public bool Drew { get; set; }

    /// <summary>Why the latest refresh failed; shows the badge when set, and the text itself when no value is on screen.</summary>
    [Parameter]
    public string? Error { get; set; }

    /// <summary>Whether a last good value is on screen (badge says "stale") or none is ("error").</summary>
    [Parameter]
    public bool HasValue { get; set; }

    /// <summary>When the value on screen was fetched.</summary>
    [Parameter]
    public DateTimeOffset? UpdatedAt { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    private string BadgeTooltip => UpdatedAt is { } at
        ? $"{Error} ({PanelText.LastGoodFrom(DisplayTime.TimeOfDay(at, TimeProvider))})"
        : Error ?? string.Empty;
}
