using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsConsole.Web.Explore.Queries;

/// <summary>
/// "Copy as board panel": Explore's queries as one time-series panel entry for a board file's <c>panels:</c>
/// list (deploy/boards/*.yaml), in the shape Core's board loader reads. Every text is double-quoted and escaped,
/// so any expression survives the round trip.
/// </summary>
public static class PanelYaml
{
    private const int MaxIdLength = 48;

    /// <param name="title">The panel's title (both languages; the operator translates it in the file).</param>
    /// <param name="expressions">The queries, one target each, in order.</param>
    public static string For(string title, IReadOnlyList<string> expressions)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(expressions);
        var queries = expressions.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
        if (queries.Count == 0)
        {
            throw new ArgumentException("At least one expression is needed.", nameof(expressions));
        }
        var name = string.IsNullOrWhiteSpace(title) ? queries[0] : title.Trim();
        var yaml = new StringBuilder();
        yaml.Append("- id: ").Append(PanelId(name, queries)).Append('\n');
        yaml.Append("  title: { zh-CN: ").Append(Quoted(name)).Append(", en: ").Append(Quoted(name)).Append(" }\n");
        yaml.Append("  type: timeseries\n");
        yaml.Append("  grid: { x: 0, y: 0, w: 12, h: 8 }\n");
        yaml.Append("  targets:\n");
        foreach (var query in queries)
        {
            yaml.Append("    - expr: ").Append(Quoted(query)).Append('\n');
        }
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    internal static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }
        return quoted.Append('"').ToString();
    }

    // Lower-case letters, digits and dashes (the board loader's rule), plus a short hash so two panels differ.
    private static string PanelId(string name, IReadOnlyList<string> queries)
    {
        var slug = new StringBuilder("explore-");
        foreach (var c in name.ToLowerInvariant())
        {
            if (slug.Length >= MaxIdLength)
            {
                break;
            }
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                slug.Append(c);
            }
            else if (slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        if (slug[^1] != '-')
        {
            slug.Append('-');
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', queries)));
        return slug.Append(Convert.ToHexStringLower(hash)[..6]).ToString();
    }
}
