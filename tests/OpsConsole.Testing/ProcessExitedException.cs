namespace OpsConsole.Testing;

/// <summary>A server process died; <see cref="AddressInUse"/> tells a port clash (worth a retry on another port).</summary>
public sealed class ProcessExitedException(string message, bool addressInUse) : InvalidOperationException(message)
{
    public bool AddressInUse { get; } = addressInUse;
}
