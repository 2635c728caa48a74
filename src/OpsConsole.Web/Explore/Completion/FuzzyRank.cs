namespace OpsConsole.Web.Explore.Completion;

/// <summary>
/// Ranks candidates against what was typed, best first, and keeps the top N: exact, then prefix, then a match at
/// a word start (after <c>_ : - . /</c>), then anywhere, then the typed characters in order (subsequence).
/// Case-insensitive; shorter names first within a class. An empty query keeps every candidate in name order.
/// </summary>
internal static class FuzzyRank
{
    private const int NoMatch = int.MaxValue;

    /// <summary>The top <paramref name="limit"/> matches and how many matched in all.</summary>
    public static (IReadOnlyList<string> Top, int Matched) Rank(IReadOnlyList<string> candidates, string? typed, int limit)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var query = typed?.Trim() ?? string.Empty;
        var scored = new List<(string Name, int Score)>(Math.Min(candidates.Count, 4096));
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, query);
            if (score != NoMatch)
            {
                scored.Add((candidate, score));
            }
        }
        var top = scored
            .OrderBy(s => s.Score).ThenBy(s => s.Name.Length).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(limit).Select(s => s.Name).ToList();
        return (top, scored.Count);
    }

    /// <summary>Lower is better; <see cref="NoMatch"/> when <paramref name="query"/> is not in <paramref name="name"/> at all.</summary>
    internal static int Score(string name, string query)
    {
        if (query.Length == 0)
        {
            return 0;
        }
        if (name.Equals(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        if (name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        var at = name.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        if (at > 0)
        {
            // Every later occurrence starts after the first, so each has a character before it.
            for (var i = at; i >= 0; i = name.IndexOf(query, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (name[i - 1] is '_' or ':' or '-' or '.' or '/')
                {
                    return 2;
                }
            }
            return 3;
        }
        var gaps = Subsequence(name, query);
        return gaps < 0 ? NoMatch : 4 + Math.Min(gaps, 1_000);
    }

    // The number of skipped characters between the first and the last matched one; -1 when not a subsequence.
    private static int Subsequence(string name, string query)
    {
        var q = 0;
        var first = -1;
        var last = -1;
        for (var i = 0; i < name.Length && q < query.Length; i++)
        {
            if (char.ToLowerInvariant(name[i]) == char.ToLowerInvariant(query[q]))
            {
                if (first < 0)
                {
                    first = i;
                }
                last = i;
                q++;
            }
        }
        return q < query.Length ? -1 : last - first + 1 - query.Length;
    }
}
