using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Alerts.Acks;
using OpsConsole.Web.Alerts.Silences;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Tests.Alerts;

/// <summary>The alert services wired to fakes (Alertmanager, store, audit) around a real AlertStream on a fake clock.</summary>
internal sealed class AlertsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public AlertsHarness(ConsoleAlertOptions? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Alertmanager);
        services.AddSingleton<IAlertmanagerClient>(Alertmanager);
        services.AddSingleton<IAckStore>(Acks);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton(sp => new AlertStream(new AlertStreamOptions(), Clock, sp.GetRequiredService<ILogger<AlertStream>>()));
        services.AddSingleton<IAlertStream>(sp => sp.GetRequiredService<AlertStream>());
        services.AddSingleton<IOptionsMonitor<ConsoleAlertOptions>>(new StaticOptions<ConsoleAlertOptions>(options ?? new ConsoleAlertOptions()));
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in Policies.RolesOf)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        services.AddSingleton<OperatorCheck>();
        services.AddSingleton<AckGate>();
        services.AddSingleton<SilenceRefresher>();
        services.AddSingleton<IAckService, AckService>();
        services.AddSingleton<ISilenceService, SilenceService>();
        services.AddSingleton<AckLifecycle>();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 5, 5, 10, 0, 0, TimeSpan.Zero));
    public FakeAlertmanager Alertmanager { get; } = new();
    public MemoryAckStore Acks { get; } = new();
    public MemoryAuditLog Audit { get; } = new();

    public AlertStream Stream => _services.GetRequiredService<AlertStream>();
    public IAckService AckService => _services.GetRequiredService<IAckService>();
    public ISilenceService SilenceService => _services.GetRequiredService<ISilenceService>();
    public AckLifecycle Lifecycle => _services.GetRequiredService<AckLifecycle>();

    public static ClaimsPrincipal User(string name, string role) => ConsoleClaims.Create(name, role, ConsoleClaims.LocalSource, "test");

    /// <summary>Delivers a webhook with one alert; returns its fingerprint.</summary>
    public string Fire(string alertName = "HighCommandFailureRate", string status = "firing", string fingerprint = "1a2b3c4d5e6f7a8b")
    {
        var ends = status == "resolved" ? "2025-05-05T10:30:00Z" : "0001-01-01T00:00:00Z";
        var json = $$"""
            {"version":"4","groupKey":"{}:{alertname=\"{{alertName}}\"}","truncatedAlerts":0,"status":"{{status}}","receiver":"console-critical",
             "groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am",
             "alerts":[{"status":"{{status}}","labels":{"alertname":"{{alertName}}","service":"robot-data-service","severity":"critical"},
                        "annotations":{"summary":"Command failure rate is 25%"},"startsAt":"2025-05-05T09:50:00Z","endsAt":"{{ends}}",
                        "generatorURL":"http://prom/graph","fingerprint":"{{fingerprint}}"}]}
            """;
        Stream.ApplyWebhook(WebhookParser.Parse(Encoding.UTF8.GetBytes(json)).Payload!);
        return fingerprint;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
