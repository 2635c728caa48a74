namespace OpsConsole.Core.Boards;

/// <summary>One query of a panel.</summary>
/// <param name="Expr">PromQL, possibly with <c>$var</c> references (see <see cref="BoardQuery.Substitute"/>).</param>
/// <param name="Legend">Series name template such as <c>{{pod}}</c> (see <see cref="LegendTemplate"/>); null uses the series' labels.</param>
/// <param name="RefId">Names the target within its panel (<c>A</c>, <c>B</c>… unless the file says otherwise).</param>
public sealed record PanelTarget(string Expr, string? Legend, string RefId);
