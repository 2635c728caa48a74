using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using OpsConsole.BrowserTests.Alerts;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Security;

/// <summary>
/// A page on another port of the same host, in the browser where the operator is signed in, tries what issue 12 found
/// working: acknowledging with a bodiless no-cors POST, creating a silence with text and form bodies, and reading the
/// alert hub (and driving a circuit) over a WebSocket. None of it may take effect; the same code from the console's own
/// page shows that the cookie, the alert and the socket code all work, so the refusals are the console's doing.
/// </summary>
public sealed class ForeignOriginTests(ConsoleWithAlertmanager app) : IClassFixture<ConsoleWithAlertmanager>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    // Runs in the page: every attempt answers what the page could see of it.
    private const string Attacks = """
        async ({ console, fingerprint }) => {
          const results = {};
          const attempt = async (name, url, init) => {
            try {
              const response = await fetch(url, { credentials: 'include', ...init });
              results[name] = `answered ${response.type} ${response.status}`;
            } catch (e) {
              results[name] = `failed ${e.name}`;
            }
          };
          const silence = JSON.stringify({ matchers: 'alertname="CrossOriginTarget"', duration: '01:00:00', comment: 'from elsewhere' });
          const ack = `${console}api/alerts/${fingerprint}/ack`;
          await attempt('ack without body', ack, { method: 'POST', mode: 'no-cors' });
          await attempt('ack with text body', ack, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ note: 'from elsewhere' }) });
          await attempt('silence as text', `${console}api/silences`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: silence });
          await attempt('silence as form', `${console}api/silences`, { method: 'POST', mode: 'no-cors', body: new URLSearchParams(JSON.parse(silence)) });
          await attempt('silence as json', `${console}api/silences`, { method: 'POST', mode: 'cors', headers: { 'Content-Type': 'application/json' }, body: silence });
          await attempt('ack with the header', ack, { method: 'POST', mode: 'cors', headers: { 'X-OpsConsole-Request': '1' } });
          return results;
        }
        """;

    // Opens a SignalR socket without negotiating (the server allows that for WebSockets), sends the JSON handshake and
    // collects what arrives until the first invocation or the close. The bound only matters when the test fails.
    private const string OpenSocket = """
        url => new Promise(resolve => {
          const socket = new WebSocket(url);
          let opened = false, received = '';
          const done = () => resolve({ opened, received });
          const bound = setTimeout(() => { socket.close(); done(); }, 30000);
          socket.onopen = () => { opened = true; socket.send('{"protocol":"json","version":1}\u001e'); };
          socket.onmessage = m => { received += m.data; if (received.includes('"target"') || received.includes('"error"')) { clearTimeout(bound); socket.close(); done(); } };
          socket.onclose = () => { clearTimeout(bound); done(); };
        })
        """;

    [Fact]
    public async Task A_page_on_another_port_can_neither_ack_nor_silence_nor_read_the_hub_with_the_operators_cookie()
    {
        var ct = TestContext.Current.CancellationToken;
        await app.Alertmanager.PostAlertsAsync(JsonSerializer.Serialize(new[] { Alert("CrossOriginTarget"), Alert("CrossOriginControl") }), ct);
        var console = await app.SignInAndOpenAsync("/alerts", ConsoleServer.Credentials.Operator);
        using var api = new HttpClient { BaseAddress = app.Console.Url };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ConsoleServer.Credentials.ApiToken);
        var target = await FingerprintAsync(api, "CrossOriginTarget", ct);
        var control = await FingerprintAsync(api, "CrossOriginControl", ct);
        await using var elsewhere = ForeignSite.Start();
        // The same tab goes elsewhere: the browser keeps the operator's cookie, as it would for any other tab.
        var foreign = console;
        await foreign.GotoAsync(elsewhere.Url.ToString());
        Assert.Equal("elsewhere", await foreign.TitleAsync());
        var consoleUrl = app.Console.Url.ToString();
        var sockets = consoleUrl.Replace("http://", "ws://", StringComparison.Ordinal);

        var attacks = await foreign.EvaluateAsync<Dictionary<string, string>>(Attacks, new { console = consoleUrl, fingerprint = target });
        var hub = await SocketAsync(foreign, $"{sockets}hubs/alerts");
        var circuit = await SocketAsync(foreign, $"{sockets}_blazor");

        // The simple requests reached the console (an opaque answer means a response came back); the others died in
        // the preflight the console does not grant. Either way the page learnt nothing and, below, changed nothing.
        Assert.Equal(new Dictionary<string, string>
        {
            ["ack without body"] = "answered opaque 0",
            ["ack with text body"] = "answered opaque 0",
            ["silence as text"] = "answered opaque 0",
            ["silence as form"] = "answered opaque 0",
            ["silence as json"] = "failed TypeError",
            ["ack with the header"] = "failed TypeError",
        }, attacks);
        Assert.Equal(new SocketResult(false, string.Empty), hub);
        Assert.Equal(new SocketResult(false, string.Empty), circuit);
        // fetch resolves only once the console answered, so every attempt has finished: no waiting needed.
        var silences = await app.Alertmanager.AmtoolAsync(["silence", "query", "-o", "json"], ct);
        using (var listed = JsonDocument.Parse(silences))
        {
            Assert.Empty(listed.RootElement.EnumerateArray().Select(s => s.GetProperty("comment").GetString()));
        }
        Assert.Null(await AcknowledgedByAsync(api, target, ct));

        // The same socket code and the console's own write from the console's page, with the same cookie, work.
        await console.GotoAsync($"{consoleUrl}alerts");
        await console.Locator("[data-testid='alerts-header'][data-live='true']").WaitForAsync();
        var ownHub = await SocketAsync(console, $"{sockets}hubs/alerts");
        var ownAck = await console.EvaluateAsync<int>(
            "async url => (await fetch(url, { method: 'POST', headers: { 'X-OpsConsole-Request': '1' } })).status",
            $"{consoleUrl}api/alerts/{control}/ack");
        Assert.True(ownHub.Opened, "the console's own page could not open the hub socket");
        Assert.Contains(target, ownHub.Received, StringComparison.Ordinal);
        Assert.Equal(200, ownAck);
        await Eventually.Seen(t => AcknowledgedByAsync(api, control, t), by => by == ConsoleServer.Credentials.Operator,
            Deadline, "the control alert acknowledged by the operator", ct);
        Assert.Null(await AcknowledgedByAsync(api, target, ct));
    }

    private static object Alert(string name) => new
    {
        labels = new Dictionary<string, string> { ["alertname"] = name, ["service"] = "browser-test", ["severity"] = "warning" },
        annotations = new Dictionary<string, string> { ["summary"] = "a target for a foreign page" },
    };

    private static Task<string> FingerprintAsync(HttpClient api, string alertName, CancellationToken cancellationToken) =>
        Eventually.Until(async ct => (await AlertAsync(api, a => a.GetProperty("alertName").GetString() == alertName, ct))
            ?.GetProperty("fingerprint").GetString(), Deadline, $"the console to list {alertName}", cancellationToken);

    private static async Task<string?> AcknowledgedByAsync(HttpClient api, string fingerprint, CancellationToken cancellationToken) =>
        (await AlertAsync(api, a => a.GetProperty("fingerprint").GetString() == fingerprint, cancellationToken)) is { } alert
        && alert.TryGetProperty("acknowledgement", out var ack) && ack.ValueKind == JsonValueKind.Object
            ? ack.GetProperty("by").GetString()
            : null;

    private static async Task<JsonElement?> AlertAsync(HttpClient api, Func<JsonElement, bool> which, CancellationToken cancellationToken)
    {
        using var snapshot = JsonDocument.Parse(await api.GetStringAsync(new Uri("api/alerts", UriKind.Relative), cancellationToken));
        foreach (var alert in snapshot.RootElement.GetProperty("alerts").EnumerateArray())
        {
            if (which(alert))
            {
                return alert.Clone();
            }
        }
        return null;
    }

    private static async Task<SocketResult> SocketAsync(IPage page, string url)
    {
        var result = await page.EvaluateAsync<JsonElement>(OpenSocket, url);
        return new SocketResult(result.GetProperty("opened").GetBoolean(), result.GetProperty("received").GetString() ?? string.Empty);
    }

    private sealed record SocketResult(bool Opened, string Received);
}
