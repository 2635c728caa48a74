using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsConsole.Simulator.Hosting;
using OpsConsole.Simulator.Scenarios;
using OpsConsole.Simulator.Tests.Support;
using OpsConsole.Testing;

namespace OpsConsole.Simulator.Tests.Hosting;

/// <summary>The simulator as Prometheus and the demo scripts see it: real listeners on 127.0.0.1, port 0.</summary>
public sealed class SimulatorHttpTests : IAsyncLifetime
{
    private readonly string _fileSdDirectory = Path.Combine(Path.GetTempPath(), "opsconsole-sim-tests-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FleetSimulator _simulator = null!;

    public async ValueTask InitializeAsync() =>
        _simulator = await FleetSimulator.StartAsync(
            new SimulatorOptions { ControlPort = 0, FirstTargetPort = 0, FileSdDirectory = _fileSdDirectory, Seed = 11 },
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_fileSdDirectory, recursive: true);
    }

    [Fact]
    public async Task Every_target_answers_on_its_own_loopback_port_in_text_format_0_0_4()
    {
        var targets = _simulator.Targets;

        Assert.Equal(11, targets.Count);
        Assert.Equal(targets.Count, targets.Select(t => t.Instance).Distinct().Count());
        foreach (var target in targets)
        {
            Assert.StartsWith("127.0.0.1:", target.Instance, StringComparison.Ordinal);
            using var response = await _http.GetAsync(target.MetricsUrl);
            response.EnsureSuccessStatusCode();
            Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.NotEmpty(ExpositionParser.Parse(await response.Content.ReadAsStringAsync()).Families);
        }
    }

    [Fact]
    public async Task Jobmanager_serves_its_metrics_at_jobmanager_metrics_and_at_metrics()
    {
        var jobManager = _simulator.Targets.Single(t => t.Job == Jobs.Flink);

        var atJobManagerPath = ExpositionParser.Parse(await _http.GetStringAsync(new Uri($"http://{jobManager.Instance}/jobmanager/metrics")));
        var atMetrics = ExpositionParser.Parse(await _http.GetStringAsync(new Uri($"http://{jobManager.Instance}/metrics")));

        Assert.Equal("/jobmanager/metrics", jobManager.MetricsPath);
        Assert.Contains("flink_jobmanager_job_lastCheckpointDuration", atJobManagerPath.Families.Keys);
        Assert.Equal(atJobManagerPath.Families.Keys.Order(), atMetrics.Families.Keys.Order());
    }

    [Fact]
    public async Task Targets_api_lists_job_instance_labels_and_path_of_every_target()
    {
        var targets = await _http.GetFromJsonAsync<JsonElement>(new Uri(_simulator.ControlUrl, "api/targets"));

        var jobs = targets.EnumerateArray().Select(t => t.GetProperty("job").GetString()).ToList();
        Assert.Equal(1, jobs.Count(j => j == Jobs.RobotDataService));
        Assert.Equal(3, jobs.Count(j => j == Jobs.WebhookService));
        Assert.Equal(1, jobs.Count(j => j == Jobs.Flink));
        Assert.Equal(2, jobs.Count(j => j == Jobs.FlinkTaskManager));
        Assert.Equal(1, jobs.Count(j => j == Jobs.Kafka));
        Assert.Equal(3, jobs.Count(j => j == Jobs.KafkaBroker));
        var webhook = targets.EnumerateArray().First(t => t.GetProperty("job").GetString() == Jobs.WebhookService);
        Assert.Matches(@"^127\.0\.0\.1:\d+$", webhook.GetProperty("instance").GetString());
        Assert.Equal("/metrics", webhook.GetProperty("metricsPath").GetString());
        Assert.Equal("webhook-service", webhook.GetProperty("labels").GetProperty("service").GetString());
        Assert.StartsWith("webhook-service-", webhook.GetProperty("labels").GetProperty("pod").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_scenario_is_404_naming_the_known_scenarios()
    {
        using var put = await _http.PutAsync(new Uri(_simulator.ControlUrl, "api/scenarios/meteor-strike"), null);
        using var delete = await _http.DeleteAsync(new Uri(_simulator.ControlUrl, "api/scenarios/meteor-strike"));

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var detail = (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("meteor-strike", detail, StringComparison.Ordinal);
        Assert.Contains(ScenarioNames.CommandFailureSpike, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_and_delete_switch_a_scenario_on_and_off()
    {
        var url = new Uri(_simulator.ControlUrl, "api/scenarios/" + ScenarioNames.WebhookErrors);

        using var put = await _http.PutAsync(url, null);
        var whileOn = await ScenarioActiveAsync(ScenarioNames.WebhookErrors);
        using var delete = await _http.DeleteAsync(url);
        var afterOff = await ScenarioActiveAsync(ScenarioNames.WebhookErrors);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True(whileOn);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.False(afterOff);
        var all = await _http.GetFromJsonAsync<JsonElement>(new Uri(_simulator.ControlUrl, "api/scenarios"));
        Assert.Equal(ScenarioCatalog.All.Select(s => s.Name), all.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Command_failure_spike_switched_over_http_shows_in_the_scraped_counters()
    {
        var robots = _simulator.Targets.Single(t => t.Job == Jobs.RobotDataService);
        using var put = await _http.PutAsync(new Uri(_simulator.ControlUrl, "api/scenarios/" + ScenarioNames.CommandFailureSpike), null);
        put.EnsureSuccessStatusCode();
        var first = ExpositionParser.Parse(await _http.GetStringAsync(robots.MetricsUrl));

        // Real time: wait until enough commands have passed for the ratio to mean something.
        var latest = first;
        await Eventually.Until(
            async cancellationToken =>
            {
                latest = ExpositionParser.Parse(await _http.GetStringAsync(robots.MetricsUrl, cancellationToken));
                return latest.Sum("robot_commands_total") - first.Sum("robot_commands_total") >= 600;
            },
            TimeSpan.FromSeconds(20),
            "600 robot commands since the switch");

        var commands = latest.Sum("robot_commands_total") - first.Sum("robot_commands_total");
        var failures = latest.Sum("robot_command_failures_total") - first.Sum("robot_command_failures_total");
        Assert.True(commands >= 600, $"only {commands} commands in 20 s");
        Assert.True(failures / commands > 0.10, $"failure ratio {failures / commands:P1}");
    }

    [Fact]
    public async Task File_sd_has_one_file_per_job_with_service_pod_and_metrics_path_labels()
    {
        foreach (var job in Jobs.All)
        {
            var groups = await ReadFileSdAsync(job);
            var expected = _simulator.Targets.Where(t => t.Job == job).ToList();

            Assert.Equal(expected.Select(t => t.Instance), groups.Select(g => g.GetProperty("targets").EnumerateArray().Single().GetString()));
            Assert.All(groups, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("labels").GetProperty("service").GetString())));
            Assert.All(groups, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("labels").GetProperty("pod").GetString())));
        }

        var jobManager = (await ReadFileSdAsync(Jobs.Flink)).Single();
        Assert.Equal("/jobmanager/metrics", jobManager.GetProperty("labels").GetProperty("__metrics_path__").GetString());
        Assert.Empty(Directory.GetFiles(_fileSdDirectory, "*.tmp"));
    }

    [Fact]
    public async Task A_joining_webhook_pod_is_served_and_published_and_a_leaving_one_disappears_from_both()
    {
        using var post = await _http.PostAsync(new Uri(_simulator.ControlUrl, "api/instances/webhook-service"), null);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var joined = await post.Content.ReadFromJsonAsync<JsonElement>();
        var instance = joined.GetProperty("instance").GetString()!;
        var pod = joined.GetProperty("labels").GetProperty("pod").GetString()!;

        var afterJoin = await ReadFileSdAsync(Jobs.WebhookService);
        Assert.Equal(4, afterJoin.Count);
        Assert.Contains(afterJoin, g => g.GetProperty("targets")[0].GetString() == instance && g.GetProperty("labels").GetProperty("pod").GetString() == pod);
        Assert.Contains("http_server_requests_seconds_bucket", await _http.GetStringAsync(new Uri($"http://{instance}/metrics")), StringComparison.Ordinal);

        using var delete = await _http.DeleteAsync(new Uri(_simulator.ControlUrl, "api/instances/" + instance));
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);

        var afterLeave = await ReadFileSdAsync(Jobs.WebhookService);
        Assert.Equal(3, afterLeave.Count);
        Assert.DoesNotContain(afterLeave, g => g.GetProperty("targets")[0].GetString() == instance);
        Assert.DoesNotContain(_simulator.Targets, t => t.Instance == instance);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetStringAsync(new Uri($"http://{instance}/metrics")));
    }

    [Fact]
    public async Task A_crashed_pod_stops_answering_scrapes_but_stays_discovered()
    {
        var victim = _simulator.Targets.First(t => t.Job == Jobs.WebhookService);
        Assert.Contains("http_server_requests_seconds_bucket", await _http.GetStringAsync(new Uri($"http://{victim.Instance}/metrics")), StringComparison.Ordinal);

        using var crash = await _http.PostAsync(new Uri(_simulator.ControlUrl, $"api/instances/{victim.Instance}/crash"), null);
        using var unknown = await _http.PostAsync(new Uri(_simulator.ControlUrl, "api/instances/127.0.0.1:1/crash"), null);

        Assert.Equal(HttpStatusCode.OK, crash.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetStringAsync(new Uri($"http://{victim.Instance}/metrics")));
        Assert.Contains(await ReadFileSdAsync(Jobs.WebhookService), g => g.GetProperty("targets")[0].GetString() == victim.Instance);
        Assert.Contains(_simulator.Targets, t => t.Instance == victim.Instance);
    }

    [Fact]
    public async Task Removing_an_unknown_instance_is_404_and_scaling_a_fixed_job_is_400()
    {
        using var delete = await _http.DeleteAsync(new Uri(_simulator.ControlUrl, "api/instances/127.0.0.1:1"));
        using var post = await _http.PostAsync(new Uri(_simulator.ControlUrl, "api/instances/kafka-broker"), null);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(11, _simulator.Targets.Count);
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var response = await _http.GetAsync(new Uri(_simulator.ControlUrl, "healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Invalid_options_are_refused_with_every_problem_named()
    {
        var options = new SimulatorOptions { ListenAddress = "localhost-ish", ControlPort = 70_000, Redis = "no-port" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => FleetSimulator.StartAsync(options, CancellationToken.None));

        Assert.Contains("--listen-address", error.Message, StringComparison.Ordinal);
        Assert.Contains("--control-port", error.Message, StringComparison.Ordinal);
        Assert.Contains("--redis", error.Message, StringComparison.Ordinal);
    }

    private async Task<bool> ScenarioActiveAsync(string name)
    {
        var all = await _http.GetFromJsonAsync<JsonElement>(new Uri(_simulator.ControlUrl, "api/scenarios"));
        return all.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("active").GetBoolean();
    }

    private async Task<List<JsonElement>> ReadFileSdAsync(string job)
    {
        var path = _simulator.FileSdPath(job)!;
        await using var file = File.OpenRead(path);
        var document = await JsonDocument.ParseAsync(file);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
