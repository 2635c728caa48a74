using OpsConsole.Prometheus.Alertmanager;

namespace OpsConsole.Prometheus.Tests.Alertmanager;

public sealed class AlertmanagerOptionsTests
{
    private static IReadOnlyList<string> Errors(AlertmanagerOptions options) =>
        new AlertmanagerOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void One_url_or_a_list_is_valid()
    {
        Assert.Empty(Errors(new AlertmanagerOptions { Url = "http://127.0.0.1:9093" }));
        Assert.Empty(Errors(new AlertmanagerOptions { Urls = ["http://am-0:9093", "http://am-1:9093/prefix"] }));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors(new AlertmanagerOptions
        {
            Url = "http://am-0:9093",
            Urls = ["ftp://am-1", "http://user:pw@am-2:9093"],
            Timeout = TimeSpan.Zero,
            BearerToken = "t",
            Username = "u",
            Headers = { ["Authorization"] = "x" },
            ExternalLabels = { ["bad-name"] = "x" },
        });

        Assert.Contains(errors, e => e.Contains("not both", StringComparison.Ordinal) && e.Contains("Urls", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"ftp://am-1\" is not an absolute http", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("must not contain credentials", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("pw", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Alertmanager:Timeout", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("BearerToken or Username/Password, not both", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("must not carry Authorization", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"bad-name\" is not a valid label name", StringComparison.Ordinal));
    }

    [Fact]
    public void No_url_at_all_is_an_error() =>
        Assert.Contains("Alertmanager:Url (one Alertmanager) or Alertmanager:Urls", Assert.Single(Errors(new AlertmanagerOptions())), StringComparison.Ordinal);

    [Fact]
    public void Secrets_never_appear_in_the_options_text()
    {
        var text = new AlertmanagerOptions { Url = "http://am:9093", BearerToken = "s3cret", Password = "pw", Username = "u" }.ToString();

        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", text, StringComparison.Ordinal);
    }
}
