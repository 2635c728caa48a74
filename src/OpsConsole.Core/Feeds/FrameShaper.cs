using OpsConsole.Core.Downsampling;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Feeds;

/// <summary>Thins a shared frame to what one viewer can show: at most two points per horizontal pixel.</summary>
internal static class FrameShaper
{
    public const int PointsPerPixel = 2;

    public static PanelFrame Shape(PanelFrame frame, int widthPixels, DownsampleMode mode)
    {
        var limit = PointsPerPixel * widthPixels;
        if (frame.Series.All(series => series.Points.Count <= limit))
        {
            return frame;
        }

        var series = frame.Series.Select(s => s.Points.Count <= limit ? s : s with { Points = Thin(s.Points, widthPixels, mode) });
        return frame with { Series = [.. series] };
    }

    private static IReadOnlyList<SamplePoint> Thin(IReadOnlyList<SamplePoint> points, int widthPixels, DownsampleMode mode) =>
        mode switch
        {
            DownsampleMode.MinMax => MinMax.Downsample(points, widthPixels),
            _ => Lttb.Downsample(points, PointsPerPixel * widthPixels),
        };
}
