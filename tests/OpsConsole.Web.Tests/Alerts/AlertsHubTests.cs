using OpsConsole.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Alerts;
using AlertsHub = OpsConsole.Web.Alerts.Hub.AlertsHub;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Identity;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Alerts;

public sealed class AlertsHubTests : IAsyncLifetime
{
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = new ConsoleAppFactory(WebhookEndpointTests.Settings());
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_gets_the_snapshot_then_every_event_in_order_over_json_and_messagepack(bool messagePack)
    {
        using var client = _app.CreateBrowserLikeClient();
        using (var before = await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body(fingerprint: "00000000000000a1")))
        {
            before.EnsureSuccessStatusCode();
        }
        var snapshots = new List<AlertSnapshotMessage>();
        var events = new List<AlertEventMessage>();
        await using var connection = Connect(Roles.Kiosk, messagePack);
        connection.On<AlertSnapshotMessage>(AlertsHub.SnapshotMethod, s => { lock (snapshots) { snapshots.Add(s); } });
        connection.On<AlertEventMessage>(AlertsHub.EventMethod, e => { lock (events) { events.Add(e); } });
        await connection.StartAsync();
        await Eventually.Until(() => snapshots.Count == 1, Eventually.InProcessDeadline, "the snapshot");

        (await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body(fingerprint: "00000000000000a2"))).Dispose();
        (await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body("resolved", fingerprint: "00000000000000a1"))).Dispose();
        await Eventually.Until(() => events.Count == 2, Eventually.InProcessDeadline, "two events");

        var snapshot = Assert.Single(snapshots);
        var alert = Assert.Single(snapshot.Alerts);
        Assert.Equal(("00000000000000a1", "HighCommandFailureRate", "firing"), (alert.Fingerprint, alert.AlertName, alert.Phase));
        Assert.Equal("critical", alert.Labels["severity"]);
        Assert.Equal(
            [(snapshot.Sequence + 1, "fired", "00000000000000a2"), (snapshot.Sequence + 2, "resolved", "00000000000000a1")],
            events.Select(e => (e.Sequence, e.Change, e.Fingerprint)));
        Assert.Equal("resolved", events[1].Alert.Phase);
        var fresh = await connection.InvokeAsync<AlertSnapshotMessage>(nameof(AlertsHub.GetSnapshot));
        Assert.Equal(snapshot.Sequence + 2, fresh.Sequence);
    }

    [Fact]
    public async Task Anonymous_clients_cannot_connect()
    {
        await using var connection = Connect(role: null, messagePack: false);

        await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
    }

    private HubConnection Connect(string? role, bool messagePack)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(_app.Server.BaseAddress, "hubs/alerts"), options =>
        {
            options.Transports = HttpTransportType.LongPolling;
            options.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
            if (role is not null)
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(TestIdentities.ApiTokenOf(role));
            }
        });
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        return builder.Build();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
