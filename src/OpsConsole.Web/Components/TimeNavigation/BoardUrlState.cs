using Microsoft.AspNetCore.WebUtilities;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// What a board's URL says about the view: <c>?from=now-1h&amp;to=now&amp;refresh=10s&amp;var-region=cn-east&amp;viewPanel=id</c>.
/// Shareable and bookmarkable; an invalid value falls back to the board's default and is reported in <see cref="Errors"/>.
/// </summary>
public sealed record BoardUrlState
{
    public const string FromParameter = "from";
    public const string ToParameter = "to";
    public const string RefreshParameter = "refresh";
    public const string ViewPanelParameter = "viewPanel";
    public const string VariablePrefix = "var-";

    public required TimeRange Range { get; init; }

    public required RefreshInterval Refresh { get; init; }

    /// <summary>Board variables by name (without the "var-" prefix); a multi-select repeats the parameter.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; init; } =
        new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The panel shown full screen, if any.</summary>
    public string? ViewPanel { get; init; }

    /// <summary>Why a parameter of the URL was ignored.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Reads the state from the query string of <paramref name="uri"/>; absent or invalid values take the defaults.</summary>
    public static BoardUrlState FromUri(string uri, TimeRange defaultRange, RefreshInterval defaultRefresh)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? [] : QueryHelpers.ParseQuery(uri[queryStart..].Split('#', 2)[0]);
        string? First(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;

        var errors = new List<string>();
        var range = defaultRange;
        var (from, to) = (First(FromParameter), First(ToParameter));
        if (from is not null || to is not null)
        {
            if (TimeRange.TryParse(from ?? defaultRange.From.ToString(), to ?? TimeExpression.NowText, out var parsed, out var error))
            {
                range = parsed!;
            }
            else
            {
                errors.Add(error!);
            }
        }

        var refresh = defaultRefresh;
        if (First(RefreshParameter) is { } refreshText)
        {
            if (RefreshInterval.TryParse(refreshText, out var parsed, out var error))
            {
                refresh = parsed!;
            }
            else
            {
                errors.Add(error!);
            }
        }

        var variables = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (name.StartsWith(VariablePrefix, StringComparison.Ordinal) && name.Length > VariablePrefix.Length)
            {
                variables[name[VariablePrefix.Length..]] = [.. values.OfType<string>()];
            }
        }

        return new BoardUrlState
        {
            Range = range,
            Refresh = refresh,
            Variables = variables,
            ViewPanel = string.IsNullOrWhiteSpace(First(ViewPanelParameter)) ? null : First(ViewPanelParameter),
            Errors = errors,
        };
    }

    /// <summary>The query parameters that encode this state (null removes one), for NavigationManager.GetUriWithQueryParameters.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters()
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [FromParameter] = Range.From.ToString(),
            [ToParameter] = Range.To.ToString(),
            [RefreshParameter] = Refresh.ToString(),
            [ViewPanelParameter] = ViewPanel,
        };
        foreach (var (name, value) in Variables)
        {
            parameters[VariablePrefix + name] = value.ToArray();
        }

        return parameters;
    }
}
