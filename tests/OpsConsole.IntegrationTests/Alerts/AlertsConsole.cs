using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alerts;

/// <summary>Settings, API clients per role and hub connections for tests of the console's alerting.</summary>
public static class AlertsConsole
{
    public const string OperatorTokenName = "oncall-operator";

    /// <summary>The createdBy / audit name of the Operator's API token.</summary>
    public const string OperatorActor = "api:" + OperatorTokenName;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly IReadOnlyDictionary<string, (int Index, string Name)> Tokens = new Dictionary<string, (int, string)>
    {
        ["Operator"] = (1, OperatorTokenName),
        ["Viewer"] = (2, "wall-viewer"),
        ["Kiosk"] = (3, "noc-kiosk"),
    };

    public static string TokenOf(string role) => $"alerts-it-{role.ToLowerInvariant()}-token-5e4d3c2b1a0f9e8d7c6b";

    /// <summary>API tokens for Operator, Viewer and Kiosk (index 0 stays ConsoleServer's Admin token), plus the webhook token.</summary>
    public static Dictionary<string, string> Settings(Uri alertmanager, string webhookToken, string prometheus = "http://127.0.0.1:1")
    {
        var settings = new Dictionary<string, string>
        {
            ["Prometheus:Url"] = prometheus,
            ["Alertmanager:Url"] = alertmanager.ToString().TrimEnd('/'),
            ["Alertmanager:WebhookToken"] = webhookToken,
        };
        foreach (var (role, (index, name)) in Tokens)
        {
            settings[$"Auth:ApiTokens:{index}:Name"] = name;
            settings[$"Auth:ApiTokens:{index}:TokenHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TokenOf(role))));
            settings[$"Auth:ApiTokens:{index}:Role"] = role;
        }
        return settings;
    }

    public static HttpClient ClientFor(Uri console, string? role)
    {
        var client = new HttpClient { BaseAddress = console, Timeout = TimeSpan.FromSeconds(30) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenOf(role));
        }
        return client;
    }

    public static async Task<AlertsView> AlertsAsync(HttpClient client, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<AlertsView>("api/alerts", Json, cancellationToken))!;

    public static async Task<IReadOnlyList<HistoryEntry>> TimelineAsync(HttpClient client, string fingerprint, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<List<HistoryEntry>>($"api/alert-history/{fingerprint}", Json, cancellationToken))!;

    /// <summary>A hub connection as <paramref name="role"/> that records every snapshot and event with the time it arrived.</summary>
    public static async Task<HubRecorder> ConnectAsync(Uri console, string role, bool messagePack, CancellationToken cancellationToken)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(console, "hubs/alerts"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(TokenOf(role)));
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        var recorder = new HubRecorder(builder.Build());
        await recorder.Connection.StartAsync(cancellationToken);
        return recorder;
    }
}

public sealed class HubRecorder : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedEvent> _events = [];

    public HubRecorder(HubConnection connection)
    {
        Connection = connection;
        connection.On<HubSnapshot>("Snapshot", snapshot =>
        {
            lock (_gate)
            {
                Snapshots.Add(snapshot);
            }
        });
        connection.On<HubEvent>("AlertEvent", change =>
        {
            var now = DateTimeOffset.UtcNow;
            lock (_gate)
            {
                _events.Add(new ReceivedEvent(change, now));
            }
        });
    }

    public HubConnection Connection { get; }

    public List<HubSnapshot> Snapshots { get; } = [];

    public IReadOnlyList<ReceivedEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

/// <summary>An event and when this client received it.</summary>
public sealed record ReceivedEvent(HubEvent Event, DateTimeOffset ReceivedAt);

// Test-side copies of the wire shapes (the hub's contract, as a client outside this repository would write them).

public sealed class HubSnapshot
{
    public long Sequence { get; set; }
    public DateTimeOffset? ReconciledAt { get; set; }
    public List<HubAlert> Alerts { get; set; } = [];
}

public sealed class HubEvent
{
    public long Sequence { get; set; }
    public string Change { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public HubAlert Alert { get; set; } = new();
    public DateTimeOffset At { get; set; }
}

public sealed class HubAlert
{
    public string Fingerprint { get; set; } = "";
    public string AlertName { get; set; } = "";
    public string Phase { get; set; } = "";
    public Dictionary<string, string> Labels { get; set; } = [];
    public Dictionary<string, string> Annotations { get; set; } = [];
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public List<string> SilencedBy { get; set; } = [];
    public HubAck? Acknowledgement { get; set; }
}

public sealed class HubAck
{
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
    public string? SilenceId { get; set; }
}

public sealed record AlertsView(long Sequence, DateTimeOffset? ReconciledAt, List<HubAlert> Alerts);

public sealed record HistoryEntry(long Id, string Fingerprint, string AlertName, string State, DateTimeOffset At, string? By);
