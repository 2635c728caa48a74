namespace OpsConsole.Core.Alerts.Live;

/// <summary>Who acknowledged an alert, when, with what note, and the Alertmanager silence that carries it.</summary>
public sealed record Acknowledgement(string By, DateTimeOffset At, string? Note, string? SilenceId);
