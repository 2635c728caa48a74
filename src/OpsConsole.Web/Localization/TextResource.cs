using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace OpsConsole.Web.Localization;

/// <summary>
/// One pair of UI text files, <c>Resources/{Name}.resx</c> (English, the neutral language) and
/// <c>Resources/{Name}.zh-CN.resx</c>, read in the current UI culture (per request, and per circuit in Blazor).
/// The key is the name of the member that asks, so a <c>*Text</c> class reads <c>public static string Title => Text.Get();</c>.
/// </summary>
public sealed class TextResource
{
    /// <summary>Resource names are the root namespace, the folder and the file name.</summary>
    public const string BaseNamePrefix = "OpsConsole.Web.Resources.";

    /// <summary>Brackets a missing key in what the user sees; the completeness tests fail on it.</summary>
    public const char MissingOpen = '⟦';

    public TextResource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Manager = new ResourceManager(BaseNamePrefix + name, typeof(TextResource).Assembly);
    }

    /// <summary>The file name without culture and extension, e.g. "AlertsText".</summary>
    public string Name { get; }

    internal ResourceManager Manager { get; }

    /// <summary>The text of <paramref name="key"/> in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string Get([CallerMemberName] string key = "")
    {
        // A missing key must never break a page; it shows bracketed so a reviewer and the tests see it.
        var text = Manager.GetString(key, CultureInfo.CurrentUICulture);
        return string.IsNullOrEmpty(text) ? $"{MissingOpen}{Name}.{key}⟧" : text;
    }

    /// <summary>
    /// The text of <paramref name="key"/> with {0}, {1}... replaced, numbers and dates in <see cref="CultureInfo.CurrentCulture"/>.
    /// The arguments come as one array (<c>Text.Format([by, ago])</c>): a loose second string would bind to the key.
    /// </summary>
    public string Format(object?[] args, [CallerMemberName] string key = "") =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
