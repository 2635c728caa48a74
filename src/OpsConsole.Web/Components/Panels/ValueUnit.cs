namespace OpsConsole.Web.Components.Panels;

/// <summary>How a panel shows a number.</summary>
public enum ValueUnit
{
    /// <summary>The number as it is.</summary>
    None,

    /// <summary>A ratio 0..1 shown as a percentage (0.9731 → "97.31 %").</summary>
    Percent,

    /// <summary>Whole things (robots, pods).</summary>
    Count,
}
