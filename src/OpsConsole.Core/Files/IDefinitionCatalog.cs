namespace OpsConsole.Core.Files;

/// <summary>A catalog of definition files that loads its folder once and then watches it.</summary>
public interface IDefinitionCatalog
{
    /// <summary>Loads every file now and starts watching the folder.</summary>
    Task StartAsync(CancellationToken cancellationToken);
}
