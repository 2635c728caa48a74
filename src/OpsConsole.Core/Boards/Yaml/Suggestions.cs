namespace OpsConsole.Core.Boards.Yaml;

/// <summary>Finds the word a typo probably meant, for "did you mean …" hints.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var lowered = typed.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = typed.Length <= 3 ? 1 : typed.Length <= 6 ? 2 : 3;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"did you mean "x"?" or a list of what is allowed.</summary>
    public static string DidYouMean(string typed, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(typed, candidates);
        return closest is not null
            ? $"did you mean \"{closest}\"?"
            : "expected one of: " + string.Join(", ", candidates);
    }

    // Optimal string alignment distance: a swapped pair of letters ("untis") counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
