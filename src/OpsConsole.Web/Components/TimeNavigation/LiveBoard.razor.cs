using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using OpsConsole.Core.Feeds;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Hosting;

namespace OpsConsole.Web.Components.TimeNavigation;

/// <summary>
/// Hosts a board's panels: reads range, refresh, variables and the full-screen panel from the URL
/// (so a link restores the view), writes picker changes back to it without a reload, and cascades a
/// <see cref="LiveContext"/> to every <see cref="LivePanel"/> inside. A hidden browser tab pauses the
/// panels (they drop their subscriptions) until it is shown again.
/// </summary>
public sealed partial class LiveBoard : IAsyncDisposable
{
    private readonly string _watchId = Guid.NewGuid().ToString("N");
    private DotNetObjectReference<LiveBoard>? _self;
    private LiveContext _live = LiveContext.Default;
    private BoardView _view = new((string?)null);
    private bool _hidden;
    private bool _controlsOpen;

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    [Parameter]
    public TimeRange DefaultRange { get; set; } = TimeRange.Last(TimeSpan.FromHours(1));

    /// <summary>The refresh when the URL names none; null uses OpsConsole:DefaultRefresh.</summary>
    [Parameter]
    public RefreshInterval? DefaultRefresh { get; set; }

    /// <summary>Extra controls beside the pickers (e.g. variable selectors).</summary>
    [Parameter]
    public RenderFragment? Toolbar { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    // Supplied so that a navigation changing them re-renders the board; the values are read from the
    // whole URL (with its var-* parameters) by BoardUrlState.
    [SupplyParameterFromQuery(Name = BoardUrlState.FromParameter)]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = BoardUrlState.ToParameter)]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = BoardUrlState.RefreshParameter)]
    public string? Refresh { get; set; }

    [SupplyParameterFromQuery(Name = BoardUrlState.ViewPanelParameter)]
    public string? ViewPanel { get; set; }

    /// <summary>The view as the URL describes it.</summary>
    public BoardUrlState State { get; private set; } = new() { Range = TimeRange.Last(TimeSpan.FromHours(1)), Refresh = RefreshInterval.Off };

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    [Inject]
    private IOptions<ConsoleOptions> Options { get; set; } = default!;

    [Inject]
    private BoardInterop Interop { get; set; } = default!;

    /// <summary>Called by LiveBoard.razor.js when the tab is hidden or shown again.</summary>
    [JSInvokable]
    public void OnVisibilityChanged(bool hidden)
    {
        if (hidden == _hidden)
        {
            return;
        }

        _hidden = hidden;
        _live = _live with { Paused = hidden };
        StateHasChanged();
    }

    /// <summary>Called by LiveBoard.razor.js on Esc: leaves the full-screen panel.</summary>
    [JSInvokable]
    public void OnEscape() => ExitViewPanel();

    public async ValueTask DisposeAsync()
    {
        if (_self is null)
        {
            return;
        }

        try
        {
            await Interop.UnwatchAsync(_watchId, CancellationToken.None);
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and its listeners with it.
        }

        _self.Dispose();
    }

    protected override void OnParametersSet()
    {
        var defaultRefresh = DefaultRefresh ?? RefreshInterval.Every(Options.Value.DefaultRefresh);
        State = BoardUrlState.FromUri(Navigation.Uri, DefaultRange, defaultRefresh);
        var now = TimeProvider.GetUtcNow();
        _live = new LiveContext(
            State.Range.Duration(now),
            State.Range.FixedEnd(now),
            State.Refresh.Period ?? PanelRequest.RefreshOff,
            _hidden)
        {
            Variables = State.Variables,
        };
        if (_view.ViewPanel != State.ViewPanel)
        {
            _view = new BoardView(State.ViewPanel);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        try
        {
            OnVisibilityChanged(await Interop.WatchAsync(_watchId, _self, CancellationToken.None));
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away between render and interop.
        }
    }

    private void OnRangeChanged(TimeRange range) => NavigateTo(State with { Range = range });

    private void OnRefreshChanged(RefreshInterval refresh) => NavigateTo(State with { Refresh = refresh });

    private void ExitViewPanel()
    {
        if (State.ViewPanel is not null)
        {
            NavigateTo(State with { ViewPanel = null });
        }
    }

    // An in-app navigation: the URL (and history) changes, the page is not reloaded, the board re-reads it.
    private void NavigateTo(BoardUrlState state) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(state.ToQueryParameters()));
}
