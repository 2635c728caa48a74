using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Alertmanager;

/// <summary>
/// deploy/alertmanager's notification templates, checked by Debian's amtool: the example receivers' config loads them,
/// and chat and e-mail messages for a sample alert link to its console page and to acknowledge it.
/// </summary>
public sealed class NotificationTemplateTests
{
    private const string Fingerprint = "7c1e9d2f4a6b8c03";
    private static readonly Uri Console = new("https://opsconsole.example.test/");

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["alertname"] = "HighCommandFailureRate",
        ["service"] = "robot-data-service",
        ["severity"] = "critical",
    };

    private static readonly Dictionary<string, string> Annotations = new()
    {
        ["summary"] = "Command failure rate above 5 % <script>alert(1)</script>",
    };

    private static string AlertLink => $"https://opsconsole.example.test/alerts/{Fingerprint}";

    private static string Data => NotificationTemplates.FiringData(Fingerprint, Labels, Annotations);

    [Fact]
    public async Task The_example_receivers_config_loads_the_templates()
    {
        var config = RepositoryPaths.Combine("deploy", "alertmanager", "notifications.example.yml");
        await using var amtool = ManagedProcess.Start("amtool check-config", "/usr/bin/amtool", ["check-config", config]);
        await amtool.WaitForSuccessAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Contains("SUCCESS", amtool.Output, StringComparison.Ordinal);
        Assert.Contains(" - 1 templates", amtool.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opsconsole.chat.text")]
    [InlineData("opsconsole.email.text")]
    public async Task A_text_message_links_to_the_alert_and_to_acknowledge_it(string template)
    {
        var text = await NotificationTemplates.RenderAsync(template, Data, Console, TestContext.Current.CancellationToken);

        Assert.Contains(AlertLink + "?ack=1", text, StringComparison.Ordinal);
        Assert.Contains(AlertLink, text.Replace(AlertLink + "?ack=1", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mail_links_to_acknowledge_and_keeps_alert_text_as_text()
    {
        var html = await NotificationTemplates.RenderAsync("opsconsole.email.html", Data, Console, TestContext.Current.CancellationToken, html: true);

        Assert.Contains($"href=\"{AlertLink}?ack=1\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{AlertLink}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chat_button_acknowledges_the_one_firing_alert()
    {
        var url = await NotificationTemplates.RenderAsync("opsconsole.chat.button.url", Data, Console, TestContext.Current.CancellationToken);

        Assert.Equal(AlertLink + "?ack=1", url.Trim());
    }

    [Fact]
    public async Task Without_an_override_the_links_point_at_the_demo_console()
    {
        var text = await NotificationTemplates.RenderAsync("opsconsole.email.text", Data, null, TestContext.Current.CancellationToken);

        Assert.Contains($"http://127.0.0.1:5080/alerts/{Fingerprint}?ack=1", text, StringComparison.Ordinal);
    }
}
