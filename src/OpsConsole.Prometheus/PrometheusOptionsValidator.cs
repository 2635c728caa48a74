using Microsoft.Extensions.Options;

namespace OpsConsole.Prometheus;

/// <summary>Checks <see cref="PrometheusOptions"/> at start and reports every problem at once.</summary>
internal sealed class PrometheusOptionsValidator : IValidateOptions<PrometheusOptions>
{
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, PrometheusOptions options)
    {
        var errors = new List<string>();
        ValidateUrl(options.Url, errors);

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            errors.Add($"Prometheus:Timeout must be greater than zero and at most one day (for example \"00:00:30\"); it is {options.Timeout}.");
        }

        if (options.HasBearerToken && options.HasBasicAuth)
        {
            errors.Add("Prometheus: set either BearerToken or Username/Password, not both.");
        }

        if (string.IsNullOrEmpty(options.Username) && !string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Prometheus:Password is set but Prometheus:Username is empty.");
        }

        foreach (var header in options.Headers.Keys)
        {
            if (!IsHeaderName(header))
            {
                errors.Add($"Prometheus:Headers: \"{header}\" is not a valid HTTP header name.");
            }
            else if (header.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("Prometheus:Headers must not carry Authorization; use BearerToken or Username/Password so it is never logged.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateUrl(string? url, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            errors.Add("Prometheus:Url is required (for example \"http://127.0.0.1:9090\").");
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"Prometheus:Url \"{url}\" is not an absolute http or https URL (for example \"http://127.0.0.1:9090\").");
            return;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Not echoing the URL: it holds a password.
            errors.Add("Prometheus:Url must not contain credentials; use Username/Password or BearerToken.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors.Add($"Prometheus:Url \"{url}\" must not have a query string or fragment.");
        }
    }

    // RFC 9110 token characters.
    private static bool IsHeaderName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c));
}
