using System.Reflection;

namespace OpsConsole.Testing;

/// <summary>Locates files of this repository (recorded at build time, so any output path works).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
