using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Core.Metrics;
using OpsConsole.Core.Slo;
using OpsConsole.Web.Slo;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Slo;

/// <summary>
/// The SLO pages over a real SLO catalog in a temporary folder, the real status source on the fake metrics source
/// (answering the one selector the source asks), and the real alert stream fed webhook notifications.
/// </summary>
public abstract class SloTestContext : ConsoleTestContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsconsole-slo-web-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, List<(string Series, double Value)>> _series = new(StringComparer.Ordinal);

    protected SloTestContext()
    {
        Directory.CreateDirectory(_folder);
        Catalog = new SloCatalog(new SloCatalogOptions { Directory = _folder }, Time, NullLogger<SloCatalog>.Instance);
        Stream = new AlertStream(new AlertStreamOptions(), Time, NullLogger<AlertStream>.Instance);
        // Registered by factory so the container disposes them with the context: the catalog, then the folder.
        Services.AddSingleton(_ => new FolderCleanup(_folder));
        Services.AddSingleton(sp => { sp.GetRequiredService<FolderCleanup>(); return Catalog; });
        Services.AddSingleton(Options.Create(new SloOptions { Refresh = TimeSpan.FromSeconds(10), Linger = TimeSpan.Zero }));
        Services.AddSingleton<SloStatusSource>();
        Services.AddSingleton<IAlertStream>(Stream);
    }

    protected SloCatalog Catalog { get; }

    protected AlertStream Stream { get; }

    protected static string Definition(string id, double objective = 99.95) => $$"""
        id: {{id}}
        name: { zh-CN: {{id}} 中文, en: {{id}} English }
        service: svc-{{id}}
        objective: {{objective.ToString(System.Globalization.CultureInfo.InvariantCulture)}}
        window: 30d
        indicator:
          errors: {{id.Replace('-', '_')}}_failures_total
          total: {{id.Replace('-', '_')}}_total
        """;

    protected void WriteSlo(string file, string yaml) => File.WriteAllText(Path.Combine(_folder, file), yaml.ReplaceLineEndings("\n"));

    protected Task<SloCatalogSnapshot> ReloadAsync() => Catalog.ReloadAsync(CancellationToken.None);

    /// <summary>
    /// What the recording rules would have written for <paramref name="id"/>: every window with
    /// <paramref name="requests"/> events/s at <paramref name="errorRatio"/>, and the budget that leaves.
    /// </summary>
    protected void Record(string id, double requests, double errorRatio, double budgetRemaining, double? burnRatio = null)
    {
        var slo = Catalog.Current.Find(id) ?? throw new InvalidOperationException($"{id} is not in the catalog");
        var series = new List<(string, double)>();
        foreach (var window in SloRuleGenerator.Windows(slo))
        {
            series.Add((SloSeries.Requests(window), requests));
            series.Add((SloSeries.ErrorRatio(window), window == slo.Window ? errorRatio : burnRatio ?? errorRatio));
        }
        series.Add((SloSeries.BudgetRemaining, budgetRemaining));
        _series[id] = series;
        Publish();
    }

    /// <summary>Answers the status source's one selector with everything recorded so far.</summary>
    private void Publish()
    {
        var selector = SloStatusReader.Selector(Catalog.Current.Slos);
        foreach (var (id, series) in _series)
        {
            foreach (var (name, value) in series)
            {
                Source.SetInstant(selector, value, ("__name__", name), (SloSeries.SloLabel, id));
            }
        }
    }

    protected void Fire(string fingerprint, IReadOnlyDictionary<string, string> labels)
    {
        Stream.ApplyWebhook(new AlertmanagerWebhook
        {
            Version = AlertmanagerWebhook.SupportedVersion,
            GroupKey = "{}:{alertname=\"" + labels["alertname"] + "\"}",
            Status = WebhookAlertStatus.Firing,
            Receiver = "console",
            GroupLabels = LabelSet.Empty,
            CommonLabels = LabelSet.Empty,
            CommonAnnotations = LabelSet.Empty,
            ExternalUrl = "http://alertmanager.example",
            Alerts =
            [
                new WebhookAlert
                {
                    Status = WebhookAlertStatus.Firing,
                    Labels = new LabelSet(labels),
                    Annotations = LabelSet.Empty,
                    StartsAt = Time.GetUtcNow(),
                    Fingerprint = fingerprint,
                },
            ],
        });
    }

    private sealed class FolderCleanup(string folder) : IDisposable
    {
        public void Dispose() => Directory.Delete(folder, recursive: true);
    }
}
