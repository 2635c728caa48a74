using Microsoft.Extensions.Options;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>Checks <see cref="AlertmanagerOptions"/> at start and reports every problem at once.</summary>
internal sealed class AlertmanagerOptionsValidator : IValidateOptions<AlertmanagerOptions>
{
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, AlertmanagerOptions options)
    {
        var errors = new List<string>();
        var hasUrl = !string.IsNullOrWhiteSpace(options.Url);
        var urls = options.AllUrls().ToList();
        if (urls.Count == 0)
        {
            errors.Add("Alertmanager:Url (one Alertmanager) or Alertmanager:Urls (an HA cluster) is required, for example \"http://127.0.0.1:9093\".");
        }
        else if (hasUrl && urls.Count > 1)
        {
            errors.Add("Alertmanager: set Url for one Alertmanager or Urls for several, not both.");
        }

        foreach (var url in urls)
        {
            ValidateUrl(url, errors);
        }
        if (urls.Count != urls.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            errors.Add("Alertmanager:Urls lists the same Alertmanager twice.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            errors.Add($"Alertmanager:Timeout must be greater than zero and at most one hour (for example \"00:00:10\"); it is {options.Timeout}.");
        }

        if (options.HasBearerToken && options.HasBasicAuth)
        {
            errors.Add("Alertmanager: set either BearerToken or Username/Password, not both.");
        }

        if (string.IsNullOrEmpty(options.Username) && !string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Alertmanager:Password is set but Alertmanager:Username is empty.");
        }

        foreach (var header in options.Headers.Keys)
        {
            if (!IsHeaderName(header))
            {
                errors.Add($"Alertmanager:Headers: \"{header}\" is not a valid HTTP header name.");
            }
            else if (header.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("Alertmanager:Headers must not carry Authorization; use BearerToken or Username/Password so it is never logged.");
            }
        }

        foreach (var label in options.ExternalLabels.Keys.Where(label => !PromQl.IsValidLabelName(label)))
        {
            errors.Add($"Alertmanager:ExternalLabels: \"{label}\" is not a valid label name.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateUrl(string url, List<string> errors)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"Alertmanager URL \"{url}\" is not an absolute http or https URL (for example \"http://127.0.0.1:9093\").");
            return;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Not echoing the URL: it holds a password.
            errors.Add("Alertmanager URLs must not contain credentials; use Username/Password or BearerToken.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors.Add($"Alertmanager URL \"{url}\" must not have a query string or fragment.");
        }
    }

    // RFC 9110 token characters.
    private static bool IsHeaderName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c));
}
