using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace OpsConsole.Web.Components.Panels;

public sealed partial class PanelFrame
{
    /// <summary>Stable id for tests and links, e.g. "fleet-online-rate".</summary>
    [Parameter, EditorRequired]
    public required string PanelId { get; set; }

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    /// <summary>Why the latest refresh failed; shows the badge when set.</summary>
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
        ? $"{Error} ({PanelText.LastGood} {TimeZoneInfo.ConvertTime(at, TimeProvider.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)})"
        : Error ?? string.Empty;
}
