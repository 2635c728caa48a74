using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OpsConsole.Prometheus.Tests.Support;

/// <summary>Answers requests with scripted responses, in order, and records every request it receives.</summary>
internal sealed class FakePrometheusHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    public FakePrometheusHandler Respond(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        _script.Enqueue((request, _) => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
            RequestMessage = request,
        }));
        return this;
    }

    public FakePrometheusHandler RespondWithFixture(string fixture, HttpStatusCode status = HttpStatusCode.OK) =>
        Respond(status, Fixture.Read(fixture));

    public FakePrometheusHandler Throw(Exception exception)
    {
        _script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers: the request ends only when it is cancelled (by a timeout or the caller).</summary>
    public FakePrometheusHandler Hang(TaskCompletionSource? started = null)
    {
        _script.Enqueue(async (_, cancellationToken) =>
        {
            started?.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            QueryHelpers.ParseQuery(request.RequestUri!.Query),
            QueryHelpers.ParseQuery(body)));

        if (!_script.TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}: no response scripted.");
        }
        return await respond(request, cancellationToken);
    }
}
