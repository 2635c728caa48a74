namespace OpsConsole.Simulator.Tests.Support;

internal sealed record ParsedSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Key => Name + "{" + string.Join(",", Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}";

    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : string.Empty;
}

internal sealed record ParsedFamily(string Name, string Type, string Help, IReadOnlyList<ParsedSample> Samples);

internal sealed record ParsedExposition(IReadOnlyDictionary<string, ParsedFamily> Families)
{
    public IEnumerable<ParsedSample> Samples => Families.Values.SelectMany(f => f.Samples);

    public IEnumerable<ParsedSample> Series(string sampleName) => Samples.Where(s => s.Name == sampleName);

    public double Sum(string sampleName, Func<ParsedSample, bool>? filter = null) =>
        Series(sampleName).Where(s => filter is null || filter(s)).Sum(s => s.Value);

    public static ParsedExposition Merge(IEnumerable<ParsedExposition> parts)
    {
        var families = new Dictionary<string, ParsedFamily>(StringComparer.Ordinal);
        foreach (var family in parts.SelectMany(p => p.Families.Values))
        {
            families[family.Name] = families.TryGetValue(family.Name, out var existing)
                ? existing with { Samples = [.. existing.Samples, .. family.Samples] }
                : family;
        }

        return new ParsedExposition(families);
    }
}
