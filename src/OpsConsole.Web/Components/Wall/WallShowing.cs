using OpsConsole.Core.Wall;
using OpsConsole.Web.Components.Live;

namespace OpsConsole.Web.Components.Wall;

/// <summary>
/// One showing of a board on a wall page: the slide, its own data-age tracker, and a sequence number that keys its
/// markup, so the pre-warmed showing becomes the visible one without being drawn again.
/// </summary>
internal sealed record WallShowing(long Sequence, int Index, WallSlide Slide)
{
    public DataAgeTracker Age { get; } = new();
}
