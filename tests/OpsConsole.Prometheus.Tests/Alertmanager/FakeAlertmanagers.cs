using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

/// <summary>Several fake Alertmanagers behind one handler: scripted answers per host, in order, and every request recorded.</summary>
internal sealed class FakeAlertmanagers : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>>> _scripts = new();
    private readonly ConcurrentQueue<AlertmanagerRequest> _requests = new();

    public IReadOnlyList<AlertmanagerRequest> Requests => [.. _requests];

    public AlertmanagerRequest SingleRequest => Assert.Single(Requests);

    public FakeAlertmanagers Respond(string host, HttpStatusCode status, string body, string mediaType = "application/json")
    {
        Script(host).Enqueue(request => new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
            RequestMessage = request,
        });
        return this;
    }

    public FakeAlertmanagers Ok(string host, string json) => Respond(host, HttpStatusCode.OK, json);

    public FakeAlertmanagers Refuse(string host) =>
        Throw(host, new HttpRequestException("Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)));

    public FakeAlertmanagers Throw(string host, Exception exception)
    {
        Script(host).Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        _requests.Enqueue(new AlertmanagerRequest(
            request.Method,
            uri,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            QueryHelpers.ParseQuery(uri.Query),
            body));
        if (!Script(uri.Host).TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"Unexpected request {request.Method} {uri}: no response scripted.");
        }
        return respond(request);
    }

    private ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> Script(string host) => _scripts.GetOrAdd(host, _ => new());
}

internal sealed record AlertmanagerRequest(
    HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, StringValues> Query, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
