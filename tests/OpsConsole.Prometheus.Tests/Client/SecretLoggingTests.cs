using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsConsole.Prometheus.Tests.Support;

namespace OpsConsole.Prometheus.Tests.Client;

public sealed class SecretLoggingTests
{
    [Theory]
    [InlineData("BearerToken", "t0ken-never-logged")]
    [InlineData("Password", "passw0rd-never-logged")]
    public async Task Credentials_never_reach_the_logs_even_at_trace_level(string setting, string secret)
    {
        var logs = new CapturingLoggerProvider();
        var handler = new FakePrometheusHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, """{"status":"error","errorType":"unavailable","error":"not ready"}""")
            .Throw(new HttpRequestException("Connection reset by peer"))
            .RespondWithFixture("error_bad_data.json", HttpStatusCode.BadRequest);
        var settings = new Dictionary<string, string?> { [setting] = secret };
        if (setting == "Password")
        {
            settings["Username"] = "ops";
        }
        using var harness = ClientHarness.Create(handler, settings,
            services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await Assert.ThrowsAsync<PrometheusApiException>(() => harness.Client.QueryAsync("sum(", null, Deadline.Test));

        Assert.NotEmpty(handler.Requests[0].Header("Authorization"));
        Assert.Contains(logs.Lines, line => line.Contains("bad_data", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(handler.Requests[0].Header("Authorization")[7..], StringComparison.Ordinal));
    }
}
