using System.Globalization;
using System.Reflection;
using System.Resources;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Health;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>The UI text classes (every type holding a <see cref="TextResource"/>) and what they say, by reflection.</summary>
internal static class TextClasses
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(UiCultures.Chinese);
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo(UiCultures.English);

    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(TextResource).Assembly.GetTypes()
            .Where(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Any(field => field.FieldType == typeof(TextResource)))
            .OrderBy(type => type.Name, StringComparer.Ordinal),
    ];

    public static TextResource ResourceOf(Type type) =>
        (TextResource)type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Single(field => field.FieldType == typeof(TextResource)).GetValue(null)!;

    /// <summary>The entries of one language's file only (no fallback to the neutral file).</summary>
    public static IReadOnlyDictionary<string, string> Entries(TextResource resource, CultureInfo culture)
    {
        var set = resource.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? new Dictionary<string, string>()
            : set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty);
    }

    /// <summary>Every static string property and string-returning method of the class, as (name, read) pairs.</summary>
    public static IEnumerable<(string Member, Func<string> Read)> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(flags).Where(p => p.PropertyType == typeof(string)))
        {
            yield return (property.Name, () => (string)property.GetValue(null)!);
        }
        foreach (var method in type.GetMethods(flags).Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal)))
        {
            var arguments = method.GetParameters().Select(p => SampleOf(p.ParameterType, method)).ToArray();
            yield return ($"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})",
                () => (string)method.Invoke(null, arguments)!);
        }
    }

    /// <summary>Every member name (the keys a class may read).</summary>
    public static ISet<string> MemberNames(Type type) =>
        type.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

    public static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formats;
        }
    }

    // A new parameter type needs a sample here: the test says which.
    private static object? SampleOf(Type type, MethodInfo method) => type switch
    {
        _ when type == typeof(string) => "x",
        _ when type == typeof(int) => 3,
        _ when type == typeof(long) => 3L,
        _ when type == typeof(double) => 1.5,
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(15),
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?) => new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.Zero),
        _ when type == typeof(AlertActionResult) => new AlertActionResult { Outcome = AlertActionOutcome.Invalid, Problem = AlertActionProblem.NoteTooLong, Detail = "x" },
        _ when type == typeof(PrometheusHealth) => new PrometheusHealth(PrometheusStatus.Reachable, "2.42.0", null, null, null),
        _ => throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} takes a {type.Name}: add a sample of it to {nameof(TextClasses)}."),
    };
}
