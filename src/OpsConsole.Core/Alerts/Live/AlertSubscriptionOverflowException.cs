namespace OpsConsole.Core.Alerts.Live;

/// <summary>The subscriber fell so far behind that the stream dropped it: subscribe again for a fresh snapshot.</summary>
public sealed class AlertSubscriptionOverflowException(int queuedEvents)
    : Exception($"The alert subscriber fell {queuedEvents} events behind and was dropped; subscribe again for a fresh snapshot.");
