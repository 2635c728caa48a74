using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Reconcile;
using OpsConsole.Core.Alerts;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Web.Alerts.Acks;
using OpsConsole.Web.Alerts.Api;
using OpsConsole.Web.Alerts.History;
using OpsConsole.Web.Alerts.Hub;
using OpsConsole.Web.Alerts.Silences;
using OpsConsole.Web.Alerts.Webhook;
using OpsConsole.Web.Components.Alerts;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Alerts;

public static class AlertsSetup
{
    /// <summary>
    /// The Alertmanager client ("Alertmanager" section; <c>Alertmanager:WebhookToken</c> guards the webhook), the
    /// live <see cref="AlertStream"/> with its reconcile loop ("Alerts" section: <c>ReconcileInterval</c>, default
    /// 10 s), acknowledgements, silences, history, the alerts hub (SignalR, JSON + MessagePack) and the OpenAPI
    /// document, and the drawer's links to the alerts, silences and history pages.
    /// </summary>
    public static IServiceCollection AddConsoleAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var alertmanager = configuration.GetSection(AlertmanagerOptions.SectionName);
        var alerts = configuration.GetSection(ConsoleAlertOptions.SectionName);

        services.AddAlertmanagerClient(alertmanager);
        services.Configure<AlertReconcileOptions>(alerts);
        services.Configure<AlertStreamOptions>(alerts);
        // Hosted services start in registration order: history and ack upkeep subscribe before the reconcile loop runs.
        services.AddSingleton<AlertHistoryRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertHistoryRecorder>());
        services.AddSingleton<AckLifecycle>();
        services.AddHostedService(sp => sp.GetRequiredService<AckLifecycle>());
        services.AddAlertStream();
        services.AddOptions<WebhookTokenOptions>().Bind(alertmanager);
        services.AddOptions<ConsoleAlertOptions>().Bind(alerts)
            .Validate(o => o.AckSilenceDuration >= TimeSpan.FromMinutes(1), "Alerts:AckSilenceDuration must be at least one minute (e.g. \"1.00:00:00\").")
            .Validate(o => o.AckMaintenanceInterval >= TimeSpan.FromSeconds(1), "Alerts:AckMaintenanceInterval must be at least one second.")
            .Validate(o => o.WebhookMaxBytes is >= 1024 and <= 64 * 1024 * 1024, "Alerts:WebhookMaxBytes must be between 1 KiB and 64 MiB.")
            .ValidateOnStart();

        services.AddSingleton<OperatorCheck>();
        services.AddSingleton<AckGate>();
        services.AddSingleton<SilenceRefresher>();
        services.AddSingleton<IAckService, AckService>();
        services.AddSingleton<ISilenceService, SilenceService>();
        services.AddSingleton<IAlertHistoryQuery, AlertHistoryQuery>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<AlertHubSubscriptions>();

        services.AddNavEntry(new NavEntry("alerts", Icons.Material.Filled.NotificationsActive, () => AlertsText.AlertsTitle, Policies.View, 10, "nav-alerts")
        {
            Match = NavLinkMatch.All,
        });
        services.AddNavEntry(new NavEntry("silences", Icons.Material.Filled.NotificationsOff, () => AlertsText.SilencesTitle, Policies.View, 20, "nav-silences"));
        services.AddNavEntry(new NavEntry("alerts/history", Icons.Material.Filled.Timeline, () => AlertsText.HistoryTitle, Policies.View, 30, "nav-alert-history"));

        services.AddSignalR().AddMessagePackProtocol();
        services.AddOpenApi();
        return services;
    }

    /// <summary>The webhook, the REST API (alerts, acks, silences, history), <c>/hubs/alerts</c> and <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapConsoleAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAlertmanagerWebhook();
        endpoints.MapAlertsApi();
        endpoints.MapSilencesApi();
        endpoints.MapAlertHistoryApi();
        endpoints.MapHub<AlertsHub>(AlertsHub.Route).RequireAuthorization(Policies.ViewBoards);
        // The API's shape is no secret, but it is the console's: signed-in readers (and their API tokens) only.
        endpoints.MapOpenApi().RequireAuthorization(Policies.View);
        return endpoints;
    }
}
