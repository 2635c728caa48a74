namespace OpsConsole.Prometheus.Tests.Support;

/// <summary>Recorded-style Prometheus response bodies under Fixtures/.</summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
