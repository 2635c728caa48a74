using System.Text;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class AuthHeaderTests
{
    private readonly FakePrometheusHandler _handler = new();

    private async Task<RecordedRequest> SendWith(Dictionary<string, string?> settings)
    {
        _handler.RespondWithFixture("query_vector.json");
        using var harness = ClientHarness.Create(_handler, settings);
        await harness.Client.QueryAsync("up", null, Deadline.Test);
        return _handler.SingleRequest;
    }

    [Fact]
    public async Task A_bearer_token_is_sent_as_authorization()
    {
        var request = await SendWith(new() { ["BearerToken"] = "eyJhbGciOi.token" });

        Assert.Equal("Bearer eyJhbGciOi.token", request.Header("Authorization"));
    }

    [Fact]
    public async Task Basic_credentials_are_sent_base64_encoded()
    {
        var request = await SendWith(new() { ["Username"] = "ops", ["Password"] = "s3cret:with colon" });

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:s3cret:with colon")), request.Header("Authorization"));
    }

    [Fact]
    public async Task Extra_headers_are_sent_with_every_request()
    {
        var request = await SendWith(new() { ["Headers:X-Scope-OrgID"] = "robot-fleet", ["Headers:X-Debug"] = "1" });

        Assert.Equal("robot-fleet", request.Header("X-Scope-OrgID"));
        Assert.Equal("1", request.Header("X-Debug"));
    }

    [Fact]
    public async Task Without_credentials_no_authorization_is_sent()
    {
        var request = await SendWith(new() { ["BearerToken"] = "", ["Username"] = null });

        Assert.False(request.Headers.ContainsKey("Authorization"));
    }
}
