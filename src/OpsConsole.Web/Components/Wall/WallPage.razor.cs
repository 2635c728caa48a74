using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using OpsConsole.Core.Boards;
using OpsConsole.Core.Wall;
using OpsConsole.Web.Components.Boards;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Security;
using OpsConsole.Web.Wall;

namespace OpsConsole.Web.Components.Wall;

/// <summary>
/// <c>/wall/{screen}</c>: a wall screen plays its playlist. Each board stays for its dwell; the next one is drawn
/// hidden <see cref="WallOptions.Prewarm"/> before the switch (its panels subscribed and painted), so the switch only
/// swaps which one is visible: no blank frame, no reload. Edited playlists and boards apply without a reload. The page
/// registers with <see cref="WallScreens"/> so an admin sees it and can push "reload" or "next".
/// </summary>
public sealed partial class WallPage
{
    private ScreenDefinition? _screen;
    private PlaylistDefinition? _playlist;
    private WallProgramme _programme = new([], []);
    private string? _problem;
    private IReadOnlyList<string> _problemDetails = [];
    private WallShowing? _shown;
    private WallShowing? _warming;
    private long _sequence;
    private string? _kioskName;
    private WallConnection? _connection;
    private ITimer? _warmTimer;
    private ITimer? _switchTimer;
    private IJSObjectReference? _module;
    private DotNetObjectReference<WallPage>? _self;
    private int _viewportHeight = 1080;
    private int _gap = BoardGrid.DefaultGap;

    [Parameter]
    public string ScreenId { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    private PlaylistCatalog Playlists { get; set; } = default!;

    [Inject]
    private BoardCatalog Boards { get; set; } = default!;

    [Inject]
    private WallScreens Screens { get; set; } = default!;

    [Inject]
    private IOptions<WallOptions> Options { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<WallPage> Logger { get; set; } = default!;

    private WallSlide? Current => _shown?.Slide;

    private IEnumerable<WallShowing> Showings => _warming is null ? [_shown!] : [_shown!, _warming];

    private string PageTitle => _screen?.Id ?? ScreenId;

    /// <summary>Called by WallPage.razor.js with the viewport's height, at start and after each resize.</summary>
    [JSInvokable]
    public void OnViewport(int height)
    {
        if (height < 200 || height == _viewportHeight)
        {
            return;
        }
        _viewportHeight = height;
        _gap = Math.Max(6, height / 100);
        StateHasChanged();
    }

    protected override async Task OnInitializedAsync()
    {
        var user = Authentication is null ? new ClaimsPrincipal() : (await Authentication).User;
        _kioskName = user.IsInRole(Roles.Kiosk) && user.Identity?.Name is { } name ? KioskNames.TokenName(name) : null;
        Playlists.Changed += OnPlaylistsChanged;
        Boards.Changed += OnBoardsChanged;
        OnDispose(() =>
        {
            Playlists.Changed -= OnPlaylistsChanged;
            Boards.Changed -= OnBoardsChanged;
        });
        Resolve();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        // Interactive from here: register the page and start rotating (a prerender has no circuit to keep).
        Connect();
        ScheduleRotation();
        _self = DotNetObjectReference.Create(this);
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", Gone, "./Components/Wall/WallPage.razor.js");
            if (_connection is not null)
            {
                await _module.InvokeVoidAsync("start", Gone, _self, _connection.Id, (int)Options.Value.HeartbeatInterval.TotalMilliseconds);
            }
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            // The screen went away between render and interop.
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        _warmTimer?.Dispose();
        _switchTimer?.Dispose();
        _connection?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop");
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and its timers with it.
            }
        }
        _self?.Dispose();
    }

    private void Connect()
    {
        if (_screen is null || _playlist is null || _connection is not null)
        {
            return;
        }
        _connection = Screens.Connect(_screen.Id, _playlist.Id, _kioskName is null ? "user" : KioskNames.PrincipalName(_kioskName));
        _connection.Commanded += command => _ = Apply(() => OnCommandAsync(command));
        if (Current is { } slide)
        {
            Screens.ShowBoard(_connection, slide.Board.Id);
        }
    }

    private async Task OnCommandAsync(WallCommand command)
    {
        WallPageLog.CommandReceived(Logger, ScreenId, command);
        if (command == WallCommand.Next)
        {
            Switch();
            return;
        }
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("reload", Gone);
        }
    }

    /// <summary>Finds the screen, its playlist and the boards to play; a problem is shown in words, never a blank page.</summary>
    private void Resolve()
    {
        var playlists = Playlists.Current;
        _problem = null;
        _problemDetails = [];
        if (playlists.FindScreen(ScreenId) is not { } found)
        {
            var broken = playlists.FileOfScreen(ScreenId);
            _problem = broken is { IsValid: false } ? WallText.ScreenFileBroken(broken.File) : WallText.NoSuchScreen(ScreenId);
            _problemDetails = broken?.Errors.Select(e => e.ToString()).ToList() ?? [];
            _screen = null;
            return;
        }
        if (_kioskName is not null && found.Screen.Kiosk != _kioskName)
        {
            _problem = WallText.NotThisKiosk;
            _screen = null;
            return;
        }
        (_screen, _playlist) = found;
        _programme = WallProgramme.Of(_playlist, Boards.Current);
        foreach (var problem in _programme.Problems)
        {
            WallPageLog.SlideSkipped(Logger, ScreenId, problem);
        }
        if (_programme.Slides.Count == 0)
        {
            _problem = WallText.NothingToPlay;
            _problemDetails = _programme.Problems;
            return;
        }
        // Keep the board on screen if it is still in the programme (an edit elsewhere in the file must not jump).
        var keep = _shown is { } shown ? IndexOf(shown.Slide.Board.Id, shown.Index) : 0;
        if (_shown is null || _shown.Slide != _programme.Slides[keep])
        {
            _shown = new WallShowing(++_sequence, keep, _programme.Slides[keep]);
        }
        else
        {
            _shown = _shown with { Index = keep };
        }
        _warming = null;
    }

    private int IndexOf(string boardId, int near)
    {
        var slides = _programme.Slides;
        if (near < slides.Count && slides[near].Board.Id == boardId)
        {
            return near;
        }
        var found = slides.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Board.Id == boardId);
        return found.s is null ? 0 : found.i;
    }

    private void ScheduleRotation()
    {
        _warmTimer?.Dispose();
        _switchTimer?.Dispose();
        _warmTimer = _switchTimer = null;
        if (_shown is null || _programme.Slides.Count < 2 || Gone.IsCancellationRequested)
        {
            return;
        }
        var dwell = _shown.Slide.Dwell;
        var lead = Options.Value.Prewarm < dwell / 2 ? Options.Value.Prewarm : dwell / 2;
        _warmTimer = TimeProvider.CreateTimer(_ => _ = Apply(Warm), null, dwell - lead, Timeout.InfiniteTimeSpan);
        _switchTimer = TimeProvider.CreateTimer(_ => _ = Apply(Switch), null, dwell, Timeout.InfiniteTimeSpan);
    }

    private void Warm()
    {
        if (_shown is null || _programme.Slides.Count < 2 || _warming is not null)
        {
            return;
        }
        var next = (_shown.Index + 1) % _programme.Slides.Count;
        _warming = new WallShowing(++_sequence, next, _programme.Slides[next]);
    }

    private void Switch()
    {
        if (_programme.Slides.Count < 2)
        {
            return;
        }
        Warm();
        _shown = _warming;
        _warming = null;
        if (_connection is not null && _shown is not null)
        {
            Screens.ShowBoard(_connection, _shown.Slide.Board.Id);
        }
        ScheduleRotation();
    }

    private void OnPlaylistsChanged(object? sender, PlaylistCatalogSnapshot e) => _ = Apply(Reconfigure);

    private void OnBoardsChanged(object? sender, BoardCatalogChangedEventArgs e) => _ = Apply(Reconfigure);

    private void Reconfigure()
    {
        Resolve();
        Connect();
        ScheduleRotation();
    }

    /// <summary>Rows sized so the board fills the screen between header and ticker (their heights are in vh, css/wall.css).</summary>
    private int RowHeightFor(WallSlide slide)
    {
        var rows = Math.Max(1, slide.Board.Panels.Select(p => p.Grid.Y + p.Grid.H).DefaultIfEmpty(1).Max());
        var stage = _viewportHeight * (1 - WallChromeShare);
        return Math.Max(20, (int)((stage - ((rows - 1) * _gap)) / rows));
    }

    // Header 7vh + ticker 6vh + stage padding 2vh (css/wall.css).
    private const double WallChromeShare = 0.15;
}
