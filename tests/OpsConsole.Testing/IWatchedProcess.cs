namespace OpsConsole.Testing;

/// <summary>A process a test depends on; <see cref="Eventually"/> gives up at once when it has exited.</summary>
public interface IWatchedProcess
{
    string Name { get; }

    bool HasExited { get; }

    /// <summary>Exit code and the last output lines, for the failure message.</summary>
    string ExitReport();
}
