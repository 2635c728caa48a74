namespace OpsConsole.BrowserTests;

/// <summary>
/// One stack (Prometheus, the fleet, the console, Chromium) for the browser test classes that only read it, instead of
/// a stack per class. A class that stops or reconfigures a server keeps its own fixture.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedFleet : ICollectionFixture<ConsoleWithFleet>
{
    public const string Name = "shared fleet";
}
