using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using OpsConsole.Testing;

namespace OpsConsole.Deploy.Tests;

/// <summary>deploy/k8s, loaded as Kubernetes would read it: every monitor finds its Service and keeps the repository's job names.</summary>
public sealed partial class ServiceMonitorTests
{
    private static readonly Dictionary<string, Type> Kinds = new()
    {
        ["v1/Service"] = typeof(V1Service),
        [ServiceMonitor.TypeKey] = typeof(ServiceMonitor),
    };

    private static IReadOnlyList<(string File, object Manifest)> Manifests() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Combine("deploy", "k8s"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file), Kinds).Select(manifest => (file, manifest)))];

    private static IReadOnlyList<ServiceMonitor> Monitors() => [.. Manifests().Select(m => m.Manifest).OfType<ServiceMonitor>()];

    private static IReadOnlyList<V1Service> Services() => [.. Manifests().Select(m => m.Manifest).OfType<V1Service>()];

    [Fact]
    public void Every_manifest_loads_as_a_known_kind_and_the_seed_s_three_workloads_are_monitored()
    {
        var manifests = Manifests();

        Assert.All(manifests, m => Assert.True(m.Manifest is V1Service or ServiceMonitor, $"{m.File}: {m.Manifest.GetType().Name}"));
        Assert.Equal(["flink-taskmanager", "robot-data-service", "webhook-service"], Monitors().Select(m => m.Metadata.Name).Order(StringComparer.Ordinal));
        Assert.All(Monitors(), m => Assert.Equal("monitoring.coreos.com/v1", m.ApiVersion));
    }

    [Fact]
    public void Every_monitor_selects_exactly_one_service_in_a_namespace_it_watches_and_scrapes_a_port_it_has()
    {
        var services = Services();
        Assert.All(Monitors(), monitor =>
        {
            var namespaces = monitor.Spec.NamespaceSelector?.MatchNames ?? [monitor.Metadata.NamespaceProperty];
            var selected = services.Where(s => namespaces.Contains(s.Metadata.NamespaceProperty) && Selects(monitor.Spec.Selector, s.Metadata.Labels)).ToList();
            var service = Assert.Single(selected);
            Assert.NotEmpty(monitor.Spec.Endpoints);
            Assert.All(monitor.Spec.Endpoints, endpoint =>
                Assert.Contains(service.Spec.Ports, port => port.Name == endpoint.Port));
            // The Service must reach pods at all: a selector with no labels would select nothing useful.
            Assert.NotEmpty(service.Spec.Selector);
        });
    }

    [Fact]
    public void Every_monitor_keeps_a_job_name_of_the_repository_s_prometheus_config()
    {
        var jobs = JobName().Matches(File.ReadAllText(RepositoryPaths.Combine("deploy", "prometheus", "prometheus.yml")))
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var services = Services();

        Assert.All(Monitors(), monitor =>
        {
            Assert.NotNull(monitor.Spec.JobLabel);
            var service = services.Single(s => Selects(monitor.Spec.Selector, s.Metadata.Labels));
            Assert.True(service.Metadata.Labels.TryGetValue(monitor.Spec.JobLabel!, out var job), $"{service.Metadata.Name} has no label {monitor.Spec.JobLabel}");
            Assert.Contains(job, jobs);
        });
    }

    [Fact]
    public void A_monitor_with_a_selector_that_matches_no_service_is_caught()
    {
        var monitor = Monitors()[0];
        var wrong = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "no-such-service" } };

        Assert.DoesNotContain(Services(), s => Selects(wrong, s.Metadata.Labels));
        Assert.Contains(Services(), s => Selects(monitor.Spec.Selector, s.Metadata.Labels));
    }

    // matchLabels only: the manifests use no matchExpressions, and a selector that did is refused here.
    private static bool Selects(V1LabelSelector selector, IDictionary<string, string>? labels)
    {
        Assert.True(selector.MatchExpressions is null || selector.MatchExpressions.Count == 0, "matchExpressions are not checked by this test");
        return selector.MatchLabels is { Count: > 0 } match && labels is not null
            && match.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }

    [GeneratedRegex(@"job_name:\s*([\w-]+)")]
    private static partial Regex JobName();
}
