namespace OpsConsole.Core.Downsampling;

/// <summary>How a series is thinned to fit the pixels that will draw it.</summary>
public enum DownsampleMode
{
    /// <summary>Largest-Triangle-Three-Buckets: keeps the visual shape of a line.</summary>
    Lttb,

    /// <summary>Minimum and maximum of each pixel bucket: every spike and dip survives exactly.</summary>
    MinMax,
}
