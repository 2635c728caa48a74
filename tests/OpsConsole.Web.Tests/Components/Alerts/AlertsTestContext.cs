using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Webhook;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Alerts;

/// <summary>
/// The alert pages over the real Core <see cref="AlertStream"/> (fed webhook notifications as Alertmanager would send
/// them), a fake clock, and fakes of the web services; signed in as "alice", an Operator unless a test says otherwise.
/// </summary>
public abstract class AlertsTestContext : BunitContext
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    protected AlertsTestContext()
    {
        Time.SetLocalTimeZone(TimeZoneInfo.Utc);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Stream = new AlertStream(new AlertStreamOptions(), Time, NullLogger<AlertStream>.Instance);
        Acks = new FakeAckService(Stream, Time);
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IAlertStream>(Stream);
        Services.AddSingleton<IAckService>(Acks);
        Services.AddSingleton<ISilenceService>(Silences);
        Services.AddSingleton<IAlertHistoryQuery>(History);
        Auth = AddAuthorization();
        Auth.SetAuthorized("alice");
        Auth.SetPolicies(Policies.View, Policies.Operate);
    }

    protected FakeTimeProvider Time { get; } = new(Start);

    protected AlertStream Stream { get; }

    protected FakeAckService Acks { get; }

    protected FakeSilenceService Silences { get; } = new();

    protected FakeAlertHistoryQuery History { get; } = new();

    protected BunitAuthorizationContext Auth { get; }

    protected void SignInAsViewer() => Auth.SetPolicies(Policies.View);

    /// <summary>Posts one firing alert as an Alertmanager webhook notification; returns its fingerprint.</summary>
    protected string Fire(string fingerprint, IReadOnlyDictionary<string, string> labels,
        IReadOnlyDictionary<string, string>? annotations = null, DateTimeOffset? startsAt = null, string? generatorUrl = null)
    {
        var alert = new WebhookAlert
        {
            Status = WebhookAlertStatus.Firing,
            Labels = new LabelSet(labels),
            Annotations = new LabelSet(annotations ?? new Dictionary<string, string>()),
            StartsAt = startsAt ?? Time.GetUtcNow(),
            GeneratorUrl = generatorUrl,
            Fingerprint = fingerprint,
        };
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
            Alerts = [alert],
        });
        return fingerprint;
    }

    protected static Dictionary<string, string> Labels(string alertName, string service, string severity) => new()
    {
        ["alertname"] = alertName,
        ["service"] = service,
        ["severity"] = severity,
    };
}
