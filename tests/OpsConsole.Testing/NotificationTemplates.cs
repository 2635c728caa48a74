using System.Text.Json;

namespace OpsConsole.Testing;

/// <summary>
/// The notification templates of deploy/alertmanager/templates rendered by amtool, as Alertmanager would render
/// them for a notification, optionally with the console's address replaced (the repository's file names the demo's).
/// </summary>
public static class NotificationTemplates
{
    private const string Amtool = "/usr/bin/amtool";

    public static string TemplatesDirectory => RepositoryPaths.Combine("deploy", "alertmanager", "templates");

    /// <summary>Renders <c>{{ template "name" . }}</c> over <paramref name="dataJson"/> (Alertmanager's notification data).</summary>
    public static async Task<string> RenderAsync(
        string name, string dataJson, Uri? consoleUrl, CancellationToken cancellationToken, bool html = false)
    {
        using var scratch = new TemporaryDirectory("templates");
        var data = scratch.Combine("data.json");
        await File.WriteAllTextAsync(data, dataJson, cancellationToken);
        var arguments = new List<string>
        {
            "template", "render",
            $"--template.glob={Path.Combine(TemplatesDirectory, "*.tmpl")}",
            $"--template.text={{{{ template \"{name}\" . }}}}",
            $"--template.data={data}",
            $"--template.type={(html ? "html" : "text")}",
        };
        if (consoleUrl is not null)
        {
            // A later definition of the same name replaces the repository's.
            var url = scratch.Combine("console-url.tmpl");
            await File.WriteAllTextAsync(url, $"{{{{ define \"opsconsole.url\" }}}}{consoleUrl.ToString().TrimEnd('/')}{{{{ end }}}}", cancellationToken);
            arguments.Insert(3, $"--template.glob={url}");
        }
        await using var amtool = ManagedProcess.Start("amtool template render", Amtool, arguments);
        await amtool.WaitForSuccessAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return amtool.Output;
    }

    /// <summary>Alertmanager's notification data for one firing alert.</summary>
    public static string FiringData(string fingerprint, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations) =>
        JsonSerializer.Serialize(new
        {
            receiver = "oncall-chat",
            status = "firing",
            alerts = new[]
            {
                new
                {
                    status = "firing",
                    labels,
                    annotations,
                    startsAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                    endsAt = DateTimeOffset.MinValue,
                    generatorURL = "http://127.0.0.1:9090/graph",
                    fingerprint,
                },
            },
            groupLabels = new Dictionary<string, string> { ["alertname"] = labels.TryGetValue("alertname", out var name) ? name : string.Empty },
            commonLabels = labels,
            commonAnnotations = annotations,
            externalURL = "http://127.0.0.1:9093",
        });
}
