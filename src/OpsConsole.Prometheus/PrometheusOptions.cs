using OpsConsole.Prometheus.Http;

namespace OpsConsole.Prometheus;

/// <summary>Where the Prometheus HTTP API is and how to authenticate; bound from the "Prometheus" section.</summary>
public sealed class PrometheusOptions : IBackendHttpOptions
{
    public const string SectionName = "Prometheus";

    /// <summary>Base URL; may carry a path prefix (http://host/prometheus), requests go to {Url}/api/v1/...</summary>
    public string? Url { get; set; }

    /// <summary>Limit for one HTTP attempt; also sent to Prometheus as the query evaluation timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string? BearerToken { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Extra request headers, e.g. X-Scope-OrgID for a multi-tenant backend.</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    internal bool HasBearerToken => !string.IsNullOrEmpty(BearerToken);

    internal bool HasBasicAuth => !string.IsNullOrEmpty(Username) || !string.IsNullOrEmpty(Password);

    /// <summary>The URL requests are resolved against: always ends with '/', so a path prefix is kept.</summary>
    internal Uri ApiBaseAddress()
    {
        var url = Url ?? throw new InvalidOperationException("Prometheus:Url is not set.");
        return BackendHttpClientSetup.BaseAddress(url);
    }

    // Options objects end up in logs and debugger views; the secrets must not.
    public override string ToString() =>
        $"Url={Url}, Timeout={Timeout}, Auth={(HasBearerToken ? "bearer" : HasBasicAuth ? "basic" : "none")}, Headers=[{string.Join(", ", Headers.Keys)}]";
}
