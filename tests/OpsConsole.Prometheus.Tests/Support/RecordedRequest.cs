using Microsoft.Extensions.Primitives;

namespace OpsConsole.Prometheus.Tests.Support;

/// <summary>What the client sent, captured while the request was alive.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, StringValues> Query,
    IReadOnlyDictionary<string, StringValues> Form)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
