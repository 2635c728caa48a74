using OpsConsole.Core.Boards;
using OpsConsole.Core.Feeds;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.Panels;
using PanelFrame = OpsConsole.Core.Feeds.PanelFrame;

namespace OpsConsole.Web.Tests.Components.Panels;

/// <summary>Panels parsed from board YAML and live states made of real feed frames, as a board hands them to a panel.</summary>
internal static class PanelTestData
{
    public static readonly DateTimeOffset WindowEnd = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WindowStart = WindowEnd.AddHours(-1);

    /// <summary>The one panel of a board whose <c>panels:</c> list is <paramref name="panelYaml"/> (indented by 2).</summary>
    public static PanelDefinition Panel(string panelYaml)
    {
        var yaml = "id: test\ntitle: { zh-CN: 测试, en: Test }\npanels:\n" + panelYaml.ReplaceLineEndings("\n");
        var result = BoardFileLoader.Parse("test.yaml", yaml);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Board!.Panels);
    }

    public static LabelSet Labels(params (string Name, string Value)[] labels) =>
        new(labels.Select(l => KeyValuePair.Create(l.Name, l.Value)));

    /// <summary>An instant answer: one point per series at the window end.</summary>
    public static LivePanelState Instant(params (LabelSet Labels, double Value)[] samples) =>
        LivePanelState.Empty.With(new PanelFrame
        {
            Key = new FeedKey(PanelRequest.DefaultBackend, "expr", TimeSpan.Zero, TimeSpan.FromSeconds(15)),
            Window = new FeedWindow(WindowEnd, WindowEnd),
            Series = [.. samples.Select(s => new MetricSeries(s.Labels, [new SamplePoint(WindowEnd, s.Value)]))],
            FetchedAt = WindowEnd,
        });

    /// <summary>A range answer over the last hour: each series with points every 15 minutes.</summary>
    public static LivePanelState Range(params (LabelSet Labels, double[] Values)[] series) =>
        LivePanelState.Empty.With(new PanelFrame
        {
            Key = new FeedKey(PanelRequest.DefaultBackend, "expr", TimeSpan.FromHours(1), TimeSpan.FromSeconds(15)),
            Window = new FeedWindow(WindowStart, WindowEnd),
            Series = [.. series.Select(s => new MetricSeries(s.Labels,
                [.. s.Values.Select((v, i) => new SamplePoint(WindowEnd.AddMinutes(-15 * (s.Values.Length - 1 - i)), v))]))],
            FetchedAt = WindowEnd,
        });

    /// <summary>A query Prometheus refused, before any answer.</summary>
    public static LivePanelState Refused(string errorType, string message) =>
        LivePanelState.Empty.With(new PanelFrame
        {
            Key = new FeedKey(PanelRequest.DefaultBackend, "expr", TimeSpan.Zero, TimeSpan.FromSeconds(15)),
            Window = new FeedWindow(WindowEnd, WindowEnd),
            Series = [],
            Error = new PanelFeedError(errorType, 400, message, WindowEnd),
        });

    /// <summary>A failure after <paramref name="before"/>: the last good answer stays, marked stale.</summary>
    public static LivePanelState FailedAfter(LivePanelState before) =>
        before.With(before.Frame! with
        {
            Error = new PanelFeedError(MetricsQueryException.Unreachable, null, "connection refused", WindowEnd.AddMinutes(1)),
        });

    public static PanelData Data(PanelDefinition panel, params LivePanelState[] states) => new(panel, states);
}
