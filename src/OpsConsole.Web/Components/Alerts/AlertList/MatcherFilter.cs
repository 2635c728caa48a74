using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Web.Components.Alerts.AlertList;

/// <summary>The filter field's text, read as Alertmanager matchers; on a syntax error the last good matchers stay in force.</summary>
public sealed record MatcherFilter(string Text, IReadOnlyList<Matcher> Matchers, MatcherParseException? Error)
{
    public static MatcherFilter Empty { get; } = new(string.Empty, [], null);

    public MatcherFilter With(string? text)
    {
        text ??= string.Empty;
        return MatcherParser.TryParse(text, out var matchers, out var error)
            ? new MatcherFilter(text, matchers, null)
            : new MatcherFilter(text, Matchers, error);
    }
}
