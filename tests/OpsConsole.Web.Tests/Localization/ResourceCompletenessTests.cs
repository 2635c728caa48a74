using System.Globalization;
using System.Text.RegularExpressions;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>zh-CN and en are both complete: every UI string is in both resource files, and nothing in code reads a key that is in neither.</summary>
public sealed partial class ResourceCompletenessTests
{
    // Names that are the same in every language.
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "LayoutText.ProductName",
        "HealthText.ChipLabel",
    };

    public static TheoryData<string> TextClassNames() => [.. TextClasses.All.Select(t => t.Name)];

    [Fact]
    public void The_text_classes_are_found()
    {
        Assert.Contains(TextClasses.All, t => t.Name == "AlertsText");
        Assert.Contains(TextClasses.All, t => t.Name == "LayoutText");
        Assert.True(TextClasses.All.Count >= 9, string.Join(", ", TextClasses.All.Select(t => t.Name)));
    }

    [Theory]
    [MemberData(nameof(TextClassNames))]
    public void Both_resource_files_hold_the_same_keys_and_no_empty_text(string className)
    {
        var resource = TextClasses.ResourceOf(Type(className));
        var english = TextClasses.Entries(resource, CultureInfo.InvariantCulture);
        var chinese = TextClasses.Entries(resource, TextClasses.Chinese);

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys).Select(k => $"{className}.{k} is missing from {className}.zh-CN.resx"));
        Assert.Empty(chinese.Keys.Except(english.Keys).Select(k => $"{className}.{k} is missing from {className}.resx"));
        Assert.Empty(english.Concat(chinese).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{className}.{e.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(TextClassNames))]
    public void Every_key_is_read_by_a_member_of_the_same_name(string className)
    {
        var type = Type(className);
        var keys = TextClasses.Entries(TextClasses.ResourceOf(type), CultureInfo.InvariantCulture).Keys;

        Assert.Empty(keys.Except(TextClasses.MemberNames(type)).Select(k => $"{className}.resx has '{k}', which no member of {className} reads"));
    }

    [Theory]
    [MemberData(nameof(TextClassNames))]
    public void Every_member_reads_real_text_in_zh_CN_and_in_en(string className)
    {
        var problems = new List<string>();
        foreach (var (member, read) in TextClasses.Members(Type(className)))
        {
            foreach (var culture in new[] { TextClasses.Chinese, TextClasses.English })
            {
                var text = TextClasses.InCulture(culture, read);
                if (string.IsNullOrWhiteSpace(text) || text.Contains(TextResource.MissingOpen, StringComparison.Ordinal))
                {
                    problems.Add($"{className}.{member} in {culture.Name}: '{text}' (a key missing from both files?)");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(TextClassNames))]
    public void English_text_has_no_Chinese_and_Chinese_text_is_translated(string className)
    {
        var resource = TextClasses.ResourceOf(Type(className));
        var english = TextClasses.Entries(resource, CultureInfo.InvariantCulture);
        var chinese = TextClasses.Entries(resource, TextClasses.Chinese);

        Assert.Empty(english.Where(e => Han().IsMatch(e.Value)).Select(e => $"{className}.{e.Key} (en): '{e.Value}'"));
        Assert.Empty(chinese
            .Where(e => !Han().IsMatch(e.Value) && Latin().IsMatch(Placeholder().Replace(e.Value, string.Empty))
                        && !SameInBothLanguages.Contains($"{className}.{e.Key}"))
            .Select(e => $"{className}.{e.Key} (zh-CN) is not Chinese: '{e.Value}'"));
    }

    [Theory]
    [MemberData(nameof(TextClassNames))]
    public void Both_languages_take_the_same_placeholders(string className)
    {
        var resource = TextClasses.ResourceOf(Type(className));
        var chinese = TextClasses.Entries(resource, TextClasses.Chinese);

        var mismatched = TextClasses.Entries(resource, CultureInfo.InvariantCulture)
            .Where(e => chinese.TryGetValue(e.Key, out var zh) && !Placeholders(e.Value).SetEquals(Placeholders(zh)))
            .Select(e => $"{className}.{e.Key}: '{e.Value}' vs '{chinese[e.Key]}'");

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Every_resource_file_in_the_assembly_belongs_to_a_text_class()
    {
        var names = TextClasses.All.Select(t => TextResource.BaseNamePrefix + TextClasses.ResourceOf(t).Name + ".resources").ToHashSet();

        var orphans = typeof(TextResource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(TextResource.BaseNamePrefix, StringComparison.Ordinal) && !names.Contains(n));

        Assert.Empty(orphans);
    }

    [Fact]
    public void A_missing_key_shows_bracketed_rather_than_failing_the_page()
    {
        var resource = new TextResource("LayoutText");

        Assert.Equal("⟦LayoutText.NoSuchKey⟧", resource.Get("NoSuchKey"));
    }

    private static Type Type(string className) => TextClasses.All.Single(t => t.Name == className);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
