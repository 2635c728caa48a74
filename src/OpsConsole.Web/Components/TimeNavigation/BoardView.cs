namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>Which panel, if any, the board shows alone (a cascading value from <see cref="LiveBoard"/>).</summary>
public sealed record BoardView(string? ViewPanel);
