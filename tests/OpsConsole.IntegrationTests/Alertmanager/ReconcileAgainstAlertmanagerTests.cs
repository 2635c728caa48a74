using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Core.Alerts;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Alerts.Reconcile;
using OpsConsole.Prometheus;
using OpsConsole.Prometheus.Alertmanager;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alertmanager;

/// <summary>A reconcile pass over the real Alertmanager heals the live alerts with no webhook at all.</summary>
public sealed class ReconcileAgainstAlertmanagerTests : IAsyncLifetime
{
    private AlertmanagerServer _server = null!;
    private ServiceProvider _provider = null!;

    public async ValueTask InitializeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _server = await AlertmanagerServer.StartAsync(null, deadline.Token);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Nothing listens here: pending alerts are unknown, which must not stop the pass.
            ["Prometheus:Url"] = "http://127.0.0.1:1",
            ["Prometheus:Timeout"] = "00:00:02",
            ["Alertmanager:Url"] = _server.Url.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPrometheusClient(configuration.GetSection("Prometheus"));
        services.AddAlertmanagerClient(configuration.GetSection("Alertmanager"));
        services.AddAlertStream();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Reconcile_fires_silences_and_resolves_what_Alertmanager_holds()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = deadline.Token;
        var stream = _provider.GetRequiredService<AlertStream>();
        var reconciler = _provider.GetRequiredService<AlertReconciler>();
        var client = _provider.GetRequiredService<IAlertmanagerClient>();
        var now = DateTimeOffset.UtcNow;
        await _server.PostAlertsAsync(AlertJson("ReconcileMe", now.AddMinutes(-1), now.AddHours(1)), ct);

        var fired = await Eventually.Until(async t =>
            (await reconciler.RunOnceAsync(t)).Events.SingleOrDefault(e => e.Change == AlertChange.Fired), TimeSpan.FromSeconds(20), "the reconcile to fire the alert", ct);
        Assert.Equal("ReconcileMe", fired.Alert.AlertName);

        var silenceId = await client.PostSilenceAsync(new SilenceDraft
        {
            Matchers = [new Matcher("alertname", MatchOperator.Equal, "ReconcileMe")],
            StartsAt = now,
            EndsAt = now.AddHours(1),
            CreatedBy = "operator-alice",
            Comment = "ack",
        }, ct);
        var silenced = Assert.Single((await reconciler.RunOnceAsync(ct)).Events);
        Assert.Equal(AlertChange.Silenced, silenced.Change);
        Assert.Equal([silenceId], silenced.Alert.SilencedBy);

        // Resolved as Prometheus resolves: the same alert again, with an end in the past.
        await _server.PostAlertsAsync(AlertJson("ReconcileMe", fired.Alert.StartsAt, DateTimeOffset.UtcNow.AddSeconds(-1)), ct);
        var resolved = await Eventually.Until(async t =>
            (await reconciler.RunOnceAsync(t)).Events.SingleOrDefault(e => e.Change == AlertChange.Resolved), TimeSpan.FromSeconds(20), "the reconcile to resolve the alert", ct);
        Assert.Equal(fired.Fingerprint, resolved.Fingerprint);
        Assert.Equal(0, stream.Current.Count);
    }

    private static string AlertJson(string alertname, DateTimeOffset startsAt, DateTimeOffset endsAt) => $$"""
        [{"labels": {"alertname": "{{alertname}}", "severity": "warning"}, "annotations": {"summary": "s"},
          "startsAt": "{{Time(startsAt)}}", "endsAt": "{{Time(endsAt)}}", "generatorURL": "http://prometheus.test/graph"}]
        """;

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
