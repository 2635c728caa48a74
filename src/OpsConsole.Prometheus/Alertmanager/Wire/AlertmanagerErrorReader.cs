using System.Text;
using System.Text.Json;
using OpsConsole.Core.Metrics;
using OpsConsole.Prometheus.Model;

namespace OpsConsole.Prometheus.Alertmanager.Wire;

/// <summary>
/// The one place a failed Alertmanager answer becomes an exception. API v2 errors are a bare JSON string
/// (<c>"bad matcher format: …"</c>), older paths answer plain text, a proxy answers HTML.
/// </summary>
internal static class AlertmanagerErrorReader
{
    private const int SnippetLength = 200;
    private const string SilenceNotFound = "silence not found";

    public static AlertmanagerApiException FromResponse(HttpResponseMessage response, byte[] body, string endpoint, Uri instance)
    {
        var statusCode = (int)response.StatusCode;
        var text = ErrorText(response, body);
        // Alertmanager 0.25 answers an expiry of an unknown silence with 500 "silence not found".
        var errorType = text == SilenceNotFound ? PrometheusErrorType.NotFound.Value : ErrorTypeFor(statusCode);
        var message = text is null
            ? $"Alertmanager at {instance} answered {endpoint} with HTTP {statusCode} {response.ReasonPhrase}" +
              (IsHtml(response) ? " and an HTML page: a proxy in front of it may be failing, or the URL may be wrong." : ".")
            : text;
        return new AlertmanagerApiException(errorType, statusCode, message, endpoint, instance);
    }

    public static string ErrorTypeFor(int statusCode) => statusCode switch
    {
        400 or 422 => PrometheusErrorType.BadData.Value,
        404 => PrometheusErrorType.NotFound.Value,
        500 => PrometheusErrorType.Internal.Value,
        502 or 503 or 504 => PrometheusErrorType.Unavailable.Value,
        _ => PrometheusErrorType.BadResponse.Value,
    };

    private static string? ErrorText(HttpResponseMessage response, byte[] body)
    {
        if (body.Length == 0 || IsHtml(response))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String)
            {
                return Shorten(root.GetString());
            }
            if (root.ValueKind == JsonValueKind.Object &&
                (root.TryGetProperty("message", out var field) || root.TryGetProperty("error", out field)) &&
                field.ValueKind == JsonValueKind.String)
            {
                return Shorten(field.GetString());
            }
        }
        catch (JsonException)
        {
            // Not JSON: plain text from Alertmanager or a proxy.
        }
        return Shorten(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetLength * 4)));
    }

    private static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > SnippetLength * 2 ? flat[..(SnippetLength * 2)] + "…" : flat;
    }

    private static bool IsHtml(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is "text/html";

    internal static AlertmanagerApiException Unreachable(Exception exception, string endpoint, Uri instance, TimeSpan timeout)
    {
        var message = exception is HttpRequestException
            ? $"Could not reach Alertmanager at {instance}: {exception.Message}"
            : $"Alertmanager at {instance} did not answer within {timeout.TotalSeconds:0.###} s.";
        return new AlertmanagerApiException(MetricsQueryException.Unreachable, null, message, endpoint, instance, exception);
    }
}
