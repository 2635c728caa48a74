using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using OpsConsole.Testing;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Live;

public sealed class LiveComponentTests : ConsoleTestContext
{
    [Fact]
    public async Task A_burst_of_changes_renders_once_at_once_and_once_more_with_the_last_change()
    {
        var cut = Render<BurstProbe>();
        var rendersBefore = cut.Instance.Renders;

        await cut.InvokeAsync(() =>
        {
            // A hundred changes in one turn of the dispatcher, as a burst of alert events would arrive.
            for (var i = 1; i <= 100; i++)
            {
                cut.Instance.Change(i);
            }
        });

        cut.WaitForAssertion(() => Assert.Equal("100", cut.Find("[data-testid=value]").TextContent), Eventually.InProcessDeadline);
        Assert.Equal(rendersBefore + 2, cut.Instance.Renders);
    }

    [Fact]
    public async Task Changes_after_disposal_are_dropped_and_tracked_subscriptions_are_disposed()
    {
        var cut = Render<BurstProbe>();
        var probe = cut.Instance;

        await probe.DisposeAsync();
        await probe.ApplyFromElsewhere(7);

        Assert.True(probe.Subscription.Disposed);
        Assert.Equal(0, probe.Value);
    }

    /// <summary>A live component that counts its renders.</summary>
    private sealed class BurstProbe : LiveComponent
    {
        public int Renders { get; private set; }

        public int Value { get; private set; }

        public Flag Subscription { get; } = new();

        public void Change(int value) => _ = Apply(() => Value = value);

        public Task ApplyFromElsewhere(int value) => Apply(() => Value = value);

        protected override void OnInitialized() => Track(Subscription);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Renders++;
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-testid", "value");
            builder.AddContent(2, Value);
            builder.CloseElement();
        }
    }

    private sealed class Flag : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
