namespace OpsConsole.Core.Metrics;

/// <summary>A query answer together with the warnings and infos the backend attached to it.</summary>
public sealed record QueryResult<T>(T Value, IReadOnlyList<string> Warnings, IReadOnlyList<string> Infos)
{
    public bool HasWarnings => Warnings.Count > 0;
}
