using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsConsole.Core.Feeds;

namespace OpsConsole.Core.Tests.Feeds;

/// <summary>A PanelFeed over a fake backend and a fake clock that starts 2 s into a 15 s step.</summary>
internal sealed class FeedFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 2, TimeSpan.Zero);

    public FeedFixture(PanelFeedOptions? options = null)
    {
        Metrics = new PanelFeedMetrics(Meters);
        Feed = new PanelFeed(new SingleMetricsSourceResolver(Source), options ?? new PanelFeedOptions(), Time, Metrics, NullLogger<PanelFeed>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeMetricsSource Source { get; } = new();

    public TestMeterFactory Meters { get; } = new();

    public PanelFeedMetrics Metrics { get; }

    public PanelFeed Feed { get; }

    public async ValueTask DisposeAsync()
    {
        Source.Release();
        await Feed.DisposeAsync();
        Meters.Dispose();
    }
}
