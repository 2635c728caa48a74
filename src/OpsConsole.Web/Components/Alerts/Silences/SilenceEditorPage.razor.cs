using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsConsole.Core.Alerts.Live;
using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Web.Alerts;

namespace OpsConsole.Web.Components.Alerts.Silences;

/// <summary>
/// Creates a silence (blank, from an alert's labels, or re-created from an old one) or edits one. The preview lists
/// the current alerts the matchers match, live. createdBy is never asked for: the service stamps the signed-in user.
/// </summary>
public sealed partial class SilenceEditorPage
{
    private const string LocalFormat = "yyyy-MM-ddTHH:mm";

    private readonly CancellationTokenSource _closing = new();
    private readonly List<MatcherDraft> _rows = [];
    private DurationPreset? _preset;
    private DateTimeOffset? _startsAt;
    private DateTimeOffset _endsAt;
    private string _startsAtText = string.Empty;
    private string _endsAtText = string.Empty;
    private string? _comment;
    private string _userName = string.Empty;
    private string? _formError;
    private string? _loadError;
    private bool _saving;

    [Parameter]
    public string? Id { get; set; }

    /// <summary>Alertmanager syntax, e.g. from an alert's "silence" button.</summary>
    [SupplyParameterFromQuery(Name = "matchers")]
    public string? InitialMatchers { get; set; }

    [SupplyParameterFromQuery(Name = "comment")]
    public string? InitialComment { get; set; }

    [Inject]
    private ISilenceService Silences { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string Title => Id is null ? AlertsText.NewSilence : AlertsText.EditSilence;

    protected override async Task OnInitializedAsync()
    {
        _userName = (await PrincipalAsync()).Identity?.Name ?? string.Empty;
        UsePreset(DurationPreset.All[1]);
        if (Id is not null)
        {
            await LoadAsync(Id);
        }
        else
        {
            if (InitialMatchers is { Length: > 0 } text && MatcherParser.TryParse(text, out var matchers, out _))
            {
                _rows.AddRange(matchers.Select(MatcherDraft.From));
            }
            _comment = InitialComment;
        }
        if (_rows.Count == 0)
        {
            _rows.Add(new MatcherDraft());
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        await _closing.CancelAsync();
        _closing.Dispose();
    }

    private async Task LoadAsync(string id)
    {
        try
        {
            var silence = await Silences.GetAsync(id, _closing.Token);
            if (silence is null)
            {
                _loadError = AlertsText.SilenceNotFound;
                return;
            }
            _rows.AddRange(silence.Matchers.Select(MatcherDraft.From));
            _comment = silence.Comment;
            _preset = null;
            _startsAt = silence.StartsAt > Now ? silence.StartsAt : null;
            _startsAtText = _startsAt is { } start ? ToLocalText(start) : string.Empty;
            _endsAt = silence.EndsAt;
            _endsAtText = ToLocalText(_endsAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = $"{AlertsText.SilencesUnavailable} {ex.Message}";
        }
    }

    /// <summary>The current alerts every complete matcher matches; none while no matcher is complete.</summary>
    private IReadOnlyList<LiveAlert> Preview()
    {
        var matchers = CompleteMatchers();
        return matchers.Count == 0 ? [] : [.. Snapshot.Alerts.Where(a => Matcher.MatchesAll(matchers, a.Labels))];
    }

    private List<Matcher> CompleteMatchers() =>
        [.. _rows.Select(r => r.Build(out _)).OfType<Matcher>()];

    private void UsePreset(DurationPreset preset)
    {
        _preset = preset;
        _endsAt = (_startsAt ?? Now) + preset.Length;
        _endsAtText = ToLocalText(_endsAt);
    }

    private void SetStart(string? text)
    {
        _startsAtText = text ?? string.Empty;
        _startsAt = string.IsNullOrWhiteSpace(text) ? null : FromLocalText(text);
        if (_preset is not null)
        {
            UsePreset(_preset);
        }
    }

    private void SetEnd(string? text)
    {
        _endsAtText = text ?? string.Empty;
        _preset = null;
        if (FromLocalText(_endsAtText) is { } end)
        {
            _endsAt = end;
        }
    }

    private async Task SubmitAsync()
    {
        _formError = Validate(out var matchers);
        if (_formError is not null)
        {
            return;
        }
        var request = new SilenceRequest
        {
            Matchers = matchers,
            StartsAt = _startsAt,
            EndsAt = _preset is null ? _endsAt : null,
            Duration = _preset?.Length,
            Comment = _comment!.Trim(),
        };
        _saving = true;
        try
        {
            var user = await PrincipalAsync();
            var result = Id is null
                ? await Silences.CreateAsync(request, user, _closing.Token)
                : await Silences.UpdateAsync(Id, request, user, _closing.Token);
            if (result.Succeeded)
            {
                Navigation.NavigateTo("silences");
                return;
            }
            _formError = $"{AlertsText.ActionFailed}: {AlertsText.Problem(result)}";
        }
        finally
        {
            _saving = false;
        }
    }

    private string? Validate(out List<Matcher> matchers)
    {
        matchers = [];
        foreach (var row in _rows)
        {
            if (row.Build(out var error) is { } matcher)
            {
                matchers.Add(matcher);
            }
            else if (row.Name.Length > 0 || row.Value.Length > 0)
            {
                return $"{row.Name}: {error}";
            }
        }
        if (matchers.Count == 0)
        {
            return AlertsText.NeedMatcher;
        }
        if (string.IsNullOrWhiteSpace(_comment))
        {
            return AlertsText.NeedComment;
        }
        if (_startsAtText.Length > 0 && _startsAt is null)
        {
            return AlertsText.BadTime;
        }
        if (_preset is null && FromLocalText(_endsAtText) is null)
        {
            return AlertsText.BadTime;
        }
        return _preset is null && _endsAt <= (_startsAt ?? Now) ? AlertsText.BadEnd : null;
    }

    private string ToLocalText(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Time.LocalTimeZone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    private DateTimeOffset? FromLocalText(string text)
    {
        if (!DateTime.TryParseExact(text, [LocalFormat, LocalFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Time.LocalTimeZone.GetUtcOffset(unspecified));
    }

    private async Task<ClaimsPrincipal> PrincipalAsync() => (await Authentication.GetAuthenticationStateAsync()).User;
}
