using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OpsConsole.Prometheus.Tests.Configuration;

public sealed class OptionsValidationTests
{
    private static PrometheusOptionsValidator Validator { get; } = new();

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new PrometheusOptions
        {
            Url = "prometheus:9090/api",
            Timeout = TimeSpan.FromSeconds(-1),
            BearerToken = "t0ken",
            Username = "ops",
            Password = "hunter2",
        };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.Contains("Prometheus:Url", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Prometheus:Timeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("not both", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("hunter2", StringComparison.Ordinal) || f.Contains("t0ken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9090")]
    [InlineData("https://metrics.example.test/prometheus")]
    [InlineData("http://gateway.test/prometheus/")]
    public void Http_and_https_urls_with_or_without_a_prefix_are_valid(string url) =>
        Assert.True(Validator.Validate(null, new PrometheusOptions { Url = url }).Succeeded);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/prometheus")]
    [InlineData("ftp://127.0.0.1:9090")]
    [InlineData("http://127.0.0.1:9090/?x=1")]
    public void A_missing_relative_or_non_http_url_is_refused(string? url) =>
        Assert.True(Validator.Validate(null, new PrometheusOptions { Url = url }).Failed);

    [Fact]
    public void Credentials_in_the_url_are_refused_without_echoing_them()
    {
        var result = Validator.Validate(null, new PrometheusOptions { Url = "http://ops:hunter2@127.0.0.1:9090" });

        var failure = Assert.Single(result.Failures!);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_timeout_is_refused() =>
        Assert.True(Validator.Validate(null, new PrometheusOptions { Url = "http://p:9090", Timeout = TimeSpan.Zero }).Failed);

    [Fact]
    public void A_password_without_a_username_is_refused() =>
        Assert.True(Validator.Validate(null, new PrometheusOptions { Url = "http://p:9090", Password = "x" }).Failed);

    [Theory]
    [InlineData("Authorization")]
    [InlineData("X Scope")]
    public void Authorization_or_malformed_extra_headers_are_refused(string header)
    {
        var options = new PrometheusOptions { Url = "http://p:9090" };
        options.Headers[header] = "v";

        Assert.True(Validator.Validate(null, options).Failed);
    }

    [Fact]
    public void Options_text_never_shows_the_secrets()
    {
        var text = new PrometheusOptions { Url = "http://p:9090", Username = "ops", Password = "hunter2", BearerToken = "t0ken" }.ToString();

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_configuration_stops_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prometheus:Url"] = "not a url",
            ["Prometheus:Timeout"] = "00:00:00",
        });
        builder.Services.AddPrometheusClient(builder.Configuration.GetSection("Prometheus"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void The_shipped_configuration_shape_binds_and_validates()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream("""
            {"Prometheus": {"Url": "http://127.0.0.1:9090", "Timeout": "00:00:30", "BearerToken": null,
              "Username": null, "Password": null, "Headers": {"X-Scope-OrgID": "fleet"}}}
            """u8.ToArray())).Build();
        var services = new ServiceCollection().AddPrometheusClient(configuration.GetSection("Prometheus"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PrometheusOptions>>().Value;

        Assert.Equal("http://127.0.0.1:9090", options.Url);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal("fleet", options.Headers["x-scope-orgid"]);
        Assert.Null(options.BearerToken);
    }
}
