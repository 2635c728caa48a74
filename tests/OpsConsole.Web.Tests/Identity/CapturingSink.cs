using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>Everything the app logs through Serilog: rendered message, every property and the exception.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public string Text => string.Join('\n', _lines);

    public int Count => _lines.Count;

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{logEvent.Level} {logEvent.RenderMessage()} {properties} {logEvent.Exception}");
    }
}
