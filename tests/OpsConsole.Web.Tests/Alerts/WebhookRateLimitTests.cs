using System.Net;
using OpsConsole.Web.Tests.Identity;

namespace OpsConsole.Web.Tests.Alerts;

/// <summary>
/// Alertmanager sends every notification from one address and does not retry a 429: with the webhook token it is never
/// limited, while deliveries without it (or with a wrong one) from the same address still are.
/// </summary>
public sealed class WebhookRateLimitTests : IAsyncLifetime
{
    private const int Permits = 3;
    private ConsoleAppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        var settings = WebhookEndpointTests.Settings();
        settings["Security:WebhookPermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _app = new ConsoleAppFactory(settings);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Deliveries_with_the_token_are_never_refused_for_volume()
    {
        using var client = _app.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Permits * 10; i++)
        {
            using var response = await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body(fingerprint: $"{i:x16}"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-webhook-token")]
    public async Task Deliveries_without_the_right_token_stay_limited_per_address_while_alertmanager_gets_through(string? token)
    {
        using var client = _app.CreateBrowserLikeClient();

        var strangers = new List<HttpStatusCode>();
        for (var i = 0; i < Permits + 2; i++)
        {
            using var response = await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body(), token);
            strangers.Add(response.StatusCode);
        }
        using var alertmanager = await WebhookEndpointTests.PostAsync(client, WebhookEndpointTests.Body());

        Assert.Equal(
            [.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Permits), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            strangers);
        Assert.Equal(HttpStatusCode.OK, alertmanager.StatusCode);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
