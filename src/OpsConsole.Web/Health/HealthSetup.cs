namespace OpsConsole.Web.Health;

internal static class HealthSetup
{
    /// <summary>Health checks with this tag decide /readyz.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPrometheusHealth(this IServiceCollection services)
    {
        services.AddSingleton<IPrometheusProbe, BuildInfoProbe>();
        services.AddSingleton<PrometheusHealthMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<PrometheusHealthMonitor>());
        services.AddHealthChecks().AddCheck<PrometheusReadinessCheck>("prometheus", tags: [ReadyTag]);
        return services;
    }
}
