using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpsConsole.Core.Tests.Boards;

/// <summary>Keeps every log entry with its structured properties, for asserting on what was logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue(new LogEntry(logLevel, eventId.Id, formatter(state, exception),
            properties.ToDictionary(p => p.Key, p => p.Value)));
    }
}

internal sealed record LogEntry(LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Properties);
