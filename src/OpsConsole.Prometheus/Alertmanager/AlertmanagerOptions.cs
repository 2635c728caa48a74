using OpsConsole.Prometheus.Http;

namespace OpsConsole.Prometheus.Alertmanager;

/// <summary>
/// Where the Alertmanager API v2 is and how to authenticate; bound from the "Alertmanager" section. Set
/// <see cref="Url"/> for one Alertmanager or <see cref="Urls"/> for an HA cluster (reads ask all of them and merge,
/// writes go to the first that answers).
/// </summary>
public sealed class AlertmanagerOptions : IBackendHttpOptions
{
    public const string SectionName = "Alertmanager";

    /// <summary>Base URL; may carry a path prefix (http://host/alertmanager), requests go to {Url}/api/v2/...</summary>
    public string? Url { get; set; }

    /// <summary>Several Alertmanagers of one cluster, in the order writes try them.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>Limit for one HTTP attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public string? BearerToken { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Extra request headers, e.g. X-Scope-OrgID for a multi-tenant Alertmanager.</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Prometheus's <c>global.external_labels</c>. Prometheus adds them to the alerts it sends, but not to the
    /// pending alerts it lists, so a pending alert needs them to get the fingerprint it will have in Alertmanager.
    /// </summary>
    public Dictionary<string, string> ExternalLabels { get; set; } = new(StringComparer.Ordinal);

    internal bool HasBearerToken => !string.IsNullOrEmpty(BearerToken);

    internal bool HasBasicAuth => !string.IsNullOrEmpty(Username) || !string.IsNullOrEmpty(Password);

    /// <summary>The configured URLs, whichever key holds them.</summary>
    internal IEnumerable<string> AllUrls() =>
        (string.IsNullOrWhiteSpace(Url) ? Enumerable.Empty<string>() : [Url]).Concat(Urls.Where(u => !string.IsNullOrWhiteSpace(u)));

    /// <summary>The URLs requests are resolved against: each ends with '/', so a path prefix is kept.</summary>
    internal IReadOnlyList<Uri> Instances() =>
        [.. AllUrls().Select(BackendHttpClientSetup.BaseAddress)];

    // Options objects end up in logs and debugger views; the secrets must not.
    public override string ToString() =>
        $"Urls=[{string.Join(", ", AllUrls())}], Timeout={Timeout}, Auth={(HasBearerToken ? "bearer" : HasBasicAuth ? "basic" : "none")}, Headers=[{string.Join(", ", Headers.Keys)}]";
}
