namespace OpsConsole.Prometheus.Http;

/// <summary>The part of a backend's options (Prometheus, Alertmanager) that <see cref="BackendHttpClientSetup"/> applies to its HttpClient.</summary>
internal interface IBackendHttpOptions
{
    /// <summary>Limit for one HTTP attempt.</summary>
    TimeSpan Timeout { get; }

    string? BearerToken { get; }

    string? Username { get; }

    string? Password { get; }

    Dictionary<string, string> Headers { get; }
}
