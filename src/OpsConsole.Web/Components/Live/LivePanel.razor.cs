using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsConsole.Core.Downsampling;
using OpsConsole.Core.Feeds;
using OpsConsole.Web.Health;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// The live part of any panel: subscribes to the shared <see cref="IPanelFeed"/> once interactive,
/// resubscribes when the expression, range or refresh changes, keeps the last frame through failures
/// and pauses, and exposes it (with Stale/Error for the badge) to <see cref="ChildContent"/>.
/// Range panels report their measured width so frames are thinned to the pixels they have.
/// </summary>
public sealed partial class LivePanel : LiveComponent
{
    private readonly string _panelId = Guid.NewGuid().ToString("N");
    private ElementReference _element;
    private PanelSubscription? _subscription;
    private PanelRequest? _subscribed;
    private int _generation;
    private int _width;
    private bool _interactive;
    private bool _wasUnreachable;
    private DotNetObjectReference<LivePanel>? _self;

    /// <summary>PromQL after variable substitution.</summary>
    [Parameter, EditorRequired]
    public required string Expression { get; set; }

    /// <summary>The current value only (stat, gauge, categories), at the end of the board's range.</summary>
    [Parameter]
    public bool Instant { get; set; }

    /// <summary>The width assumed until the element is measured.</summary>
    [Parameter]
    public int DefaultWidth { get; set; } = 600;

    [Parameter]
    public DownsampleMode Downsample { get; set; } = DownsampleMode.Lttb;

    /// <summary>The finest step worth asking for; null uses the feed's default (the scrape interval).</summary>
    [Parameter]
    public TimeSpan? MinStep { get; set; }

    [Parameter]
    public RenderFragment<LivePanelState>? ChildContent { get; set; }

    [CascadingParameter]
    public LiveContext? Context { get; set; }

    /// <summary>What is on screen now.</summary>
    public LivePanelState State { get; private set; } = LivePanelState.Empty;

    /// <summary>What the panel is subscribed to now (without its width); null while paused or not yet interactive.</summary>
    public PanelRequest? SubscribedRequest => _subscribed;

    [Inject]
    private IPanelFeed Feed { get; set; } = default!;

    [Inject]
    private PanelWidthInterop Widths { get; set; } = default!;

    [Inject]
    private PrometheusHealthMonitor Health { get; set; } = default!;

    /// <summary>Called by LivePanel.razor.js when the panel was resized.</summary>
    [JSInvokable]
    public void OnWidthChanged(int width)
    {
        if (width < 1 || width == _width)
        {
            return;
        }

        _width = width;
        // Re-thins the newest frame for the new width without a query.
        _subscription?.Resize(width);
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        Context?.Age?.Forget(this);
        await LeaveAsync();
        if (_self is not null)
        {
            try
            {
                await Widths.UnobserveAsync(_panelId, CancellationToken.None);
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and its observer with it.
            }

            _self.Dispose();
        }
    }

    protected override Task OnParametersSetAsync() => _interactive ? SyncAsync(force: false) : Task.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only once interactive: a prerender has no circuit to push frames to.
        if (!firstRender)
        {
            return;
        }

        _interactive = true;
        _width = DefaultWidth;
        Context?.Age?.Report(this, State.UpdatedAt);
        _wasUnreachable = Health.Current.IsUnreachable;
        Track(Health.Subscribe(OnHealthChanged));
        await SyncAsync(force: false);
        if (!Instant)
        {
            await MeasureAsync();
        }
    }

    private async Task MeasureAsync()
    {
        _self = DotNetObjectReference.Create(this);
        try
        {
            OnWidthChanged(await Widths.ObserveAsync(_panelId, _element, _self, CancellationToken.None));
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away between render and interop.
        }
    }

    private async Task SyncAsync(bool force)
    {
        var context = Context ?? LiveContext.Default;
        if (context.Paused || Gone.IsCancellationRequested)
        {
            await LeaveAsync();
            return;
        }

        var request = RequestFor(context);
        if (!force && _subscription is not null && request == _subscribed)
        {
            return;
        }

        // Join the new key before leaving the old one: when they are the same key its frame and
        // query survive (no blank panel, no extra query).
        var previous = _subscription;
        var generation = ++_generation;
        _subscribed = request;
        _subscription = Feed.Subscribe(
            request with { WidthPixels = Instant ? 1 : _width },
            (frame, _) => OnFrameAsync(generation, frame));
        if (previous is not null)
        {
            await previous.DisposeAsync();
        }
    }

    private async Task LeaveAsync()
    {
        var subscription = _subscription;
        _subscription = null;
        _subscribed = null;
        _generation++;
        if (subscription is not null)
        {
            // Not from inside a frame callback (that would wait for itself): we are on the renderer's context.
            await subscription.DisposeAsync();
        }
    }

    /// <summary>The request without the width, which never changes the shared work.</summary>
    private PanelRequest RequestFor(LiveContext context)
    {
        var request = Instant
            ? PanelRequest.Instant(Expression)
            : new PanelRequest(Expression, context.Range, 1) { Downsample = Downsample };
        return request with
        {
            End = context.End,
            Refresh = context.Refresh,
            MinStep = MinStep,
        };
    }

    // Frames arrive on the thread pool; the renderer's dispatcher applies them. A frame of a
    // subscription this panel has already left (older generation) is dropped.
    private ValueTask OnFrameAsync(int generation, PanelFrame frame) => new(Apply(() =>
    {
        if (generation == _generation)
        {
            State = State.With(frame);
            Context?.Age?.Report(this, State.UpdatedAt);
        }
    }));

    // When Prometheus is back, show fresh data at once rather than the error until the next tick.
    private void OnHealthChanged(PrometheusHealth health) => _ = Apply(async () =>
    {
        var recovered = health.IsReachable && _wasUnreachable;
        _wasUnreachable = health.IsUnreachable;
        if (health.IsUnreachable)
        {
            State = State.Unreachable();
        }
        if (recovered && _interactive && !Gone.IsCancellationRequested && _subscription is not null)
        {
            await SyncAsync(force: true);
        }
    });
}
