namespace OpsConsole.Core.Boards;

/// <summary>What a panel's numbers measure. The file names are in <see cref="BoardVocabulary.Units"/>.</summary>
public enum Unit
{
    /// <summary>A plain number (<c>none</c>), e.g. a ratio like 1.3.</summary>
    None,

    /// <summary>Already a percentage, 0..100 (<c>percent</c>): 97.3 → "97.3 %".</summary>
    Percent,

    /// <summary>A fraction 0..1 shown as a percentage (<c>percentunit</c>): 0.973 → "97.3 %".</summary>
    PercentUnit,

    /// <summary>Seconds (<c>s</c>), shown as ms, s, min, h or d by size.</summary>
    Seconds,

    /// <summary>Milliseconds (<c>ms</c>), shown as ms, s, min, h or d by size.</summary>
    Milliseconds,

    /// <summary>Bytes (<c>bytes</c>), shown in binary multiples (KiB, MiB, GiB…).</summary>
    Bytes,

    /// <summary>Bytes per second (<c>bytes/s</c>).</summary>
    BytesPerSecond,

    /// <summary>Operations per second (<c>ops/s</c>), shown with k, M, G.</summary>
    OpsPerSecond,

    /// <summary>Things counted (<c>count</c>): robots, messages, keys.</summary>
    Count,
}
