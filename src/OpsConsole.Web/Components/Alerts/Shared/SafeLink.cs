namespace OpsConsole.Web.Components.Alerts.Shared;

/// <summary>
/// Alert annotations and generator URLs come from rule files and from anyone who can post to Alertmanager: only an
/// absolute http or https URL becomes a link, so <c>javascript:</c> or <c>data:</c> never reaches an href.
/// </summary>
public static class SafeLink
{
    public static Uri? HttpOrNull(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        return uri;
    }
}
