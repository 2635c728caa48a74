using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus.Wire;

/// <summary>
/// The one place a Prometheus response is decoded: the envelope's status, errorType, error, warnings and infos,
/// and what a response that is not an envelope at all (a proxy's error page) means.
/// </summary>
internal static class EnvelopeReader
{
    private const int SnippetLength = 200;

    public static async Task<ApiAnswer<T>> ReadAsync<T>(
        HttpResponseMessage response, JsonTypeInfo<ApiEnvelope<T>> typeInfo, string endpoint, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var statusCode = (int)response.StatusCode;
        var envelope = TryParse(body, typeInfo, out var parseError);

        if (envelope is null)
        {
            throw response.IsSuccessStatusCode
                ? new PrometheusApiException(PrometheusErrorType.BadResponse.Value, statusCode,
                    $"{Describe(response)} answered HTTP {statusCode} with something that is not a Prometheus API response ({parseError}). " +
                    "Check that Prometheus:Url points at Prometheus (including any path prefix).", endpoint)
                : NotAnEnvelope(response, statusCode, body, endpoint);
        }

        if (envelope.Status == "error" || !response.IsSuccessStatusCode)
        {
            var errorType = string.IsNullOrEmpty(envelope.ErrorType) ? ErrorTypeFor(statusCode) : envelope.ErrorType;
            var message = string.IsNullOrEmpty(envelope.Error)
                ? $"{Describe(response)} answered HTTP {statusCode} ({errorType}) without an error message."
                : envelope.Error;
            throw new PrometheusApiException(errorType, statusCode, message, endpoint);
        }

        if (envelope.Status != "success" || envelope.Data is null)
        {
            throw new PrometheusApiException(PrometheusErrorType.BadResponse.Value, statusCode,
                $"{Describe(response)} answered with status \"{envelope.Status}\" and {(envelope.Data is null ? "no" : "some")} data.", endpoint);
        }

        return new ApiAnswer<T>(envelope.Data, envelope.Warnings ?? [], envelope.Infos ?? []);
    }

    private static ApiEnvelope<T>? TryParse<T>(byte[] body, JsonTypeInfo<ApiEnvelope<T>> typeInfo, out string? error)
    {
        error = null;
        try
        {
            var envelope = JsonSerializer.Deserialize(body, typeInfo);
            if (envelope?.Status is null)
            {
                error = "no \"status\" field";
                return null;
            }
            return envelope;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static PrometheusApiException NotAnEnvelope(HttpResponseMessage response, int statusCode, byte[] body, string endpoint)
    {
        var contentType = response.Content.Headers.ContentType?.MediaType ?? "no content type";
        var message = new StringBuilder()
            .Append($"{Describe(response)} answered HTTP {statusCode} {response.ReasonPhrase} with a {contentType} body instead of a Prometheus API response")
            .Append(Snippet(response.Content.Headers.ContentType, body))
            .Append(". A proxy or load balancer in front of Prometheus may be failing, or Prometheus:Url may be wrong.")
            .ToString();
        return new PrometheusApiException(ErrorTypeFor(statusCode), statusCode, message, endpoint);
    }

    // Plain text from a proxy usually says what broke ("upstream connect error"); an HTML page says nothing useful inline.
    private static string Snippet(MediaTypeHeaderValue? contentType, byte[] body)
    {
        if (body.Length == 0 || contentType?.MediaType is not (null or "text/plain"))
        {
            return string.Empty;
        }
        var text = string.Join(' ', Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetLength * 4))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? string.Empty : $": \"{(text.Length > SnippetLength ? text[..SnippetLength] + "…" : text)}\"";
    }

    private static string ErrorTypeFor(int statusCode) => statusCode switch
    {
        400 => PrometheusErrorType.BadData.Value,
        404 => PrometheusErrorType.NotFound.Value,
        422 => PrometheusErrorType.Execution.Value,
        500 => PrometheusErrorType.Internal.Value,
        502 or 503 or 504 => PrometheusErrorType.Unavailable.Value,
        _ => PrometheusErrorType.BadResponse.Value,
    };

    private static string Describe(HttpResponseMessage response) =>
        response.RequestMessage?.RequestUri is { } uri ? uri.GetLeftPart(UriPartial.Path) : "Prometheus";
}
