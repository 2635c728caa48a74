using OpsConsole.Web.Components.TimeNavigation;

namespace OpsConsole.Web.Tests.Components.TimeNavigation;

public sealed class TimeRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("now-5m", 5 * 60)]
    [InlineData("now-1h", 3600)]
    [InlineData("now-2d", 2 * 24 * 3600)]
    [InlineData("now-30d", 30 * 24 * 3600)]
    [InlineData("now-1w", 7 * 24 * 3600)]
    public void A_relative_range_ending_now_is_live_and_as_long_as_its_offset(string from, int seconds)
    {
        var range = TimeRange.Parse(from, "now");

        Assert.True(range.IsLive);
        Assert.Equal(TimeSpan.FromSeconds(seconds), range.Duration(Now));
        Assert.Null(range.FixedEnd(Now));
        Assert.Equal(from, range.From.ToString());
    }

    [Fact]
    public void Absolute_iso_timestamps_make_a_fixed_window()
    {
        var range = TimeRange.Parse("2026-01-04T12:00:00Z", "2026-01-05T01:30:00+08:00");

        Assert.False(range.IsLive);
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 17, 30, 0, TimeSpan.Zero), range.FixedEnd(Now));
        Assert.Equal(TimeSpan.FromHours(5.5), range.Duration(Now));
        Assert.Equal("2026-01-04T17:30:00Z", range.To.ToString());
    }

    [Fact]
    public void A_relative_end_before_now_is_resolved_to_a_fixed_end()
    {
        var range = TimeRange.Parse("now-2h", "now-1h");

        Assert.Equal(Now.AddHours(-1), range.FixedEnd(Now));
        Assert.Equal(TimeSpan.FromHours(1), range.Duration(Now));
    }

    [Theory]
    [InlineData("yesterday", "now", "from: 'yesterday' is not a time")]
    [InlineData("now-1x", "now", "from: 'now-1x' is not a valid relative time: use now-<number><s|m|h|d|w>")]
    [InlineData("now-0m", "now", "from: 'now-0m' is not a valid relative time")]
    [InlineData("now-1h", "", "to: '' is not a time")]
    [InlineData("now", "now-1h", "from (now) must be before to (now-1h)")]
    [InlineData("2026-01-05T09:00:00Z", "2026-01-05T08:00:00Z", "must be before to")]
    public void Invalid_input_is_refused_with_a_reason_naming_the_parameter(string from, string to, string reason)
    {
        Assert.False(TimeRange.TryParse(from, to, out var range, out var error));

        Assert.Null(range);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => TimeRange.Parse(from, to));
        Assert.Equal(error, thrown.Message);
    }

    [Theory]
    [InlineData("off", null)]
    [InlineData("5s", 5)]
    [InlineData("1m", 60)]
    [InlineData("5m", 300)]
    public void Refresh_intervals_parse_and_format_back_to_the_same_text(string text, int? seconds)
    {
        Assert.True(RefreshInterval.TryParse(text, out var interval, out _));

        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), interval!.Period);
        Assert.Equal(text, interval.ToString());
    }

    [Fact]
    public void An_unknown_refresh_is_refused_with_a_reason()
    {
        Assert.False(RefreshInterval.TryParse("fast", out _, out var error));

        Assert.Equal("refresh: 'fast' is not a refresh interval: use off or a duration such as 10s, 1m.", error);
    }

    [Fact]
    public void Url_state_round_trips_through_its_query_parameters()
    {
        var state = new BoardUrlState
        {
            Range = TimeRange.Parse("now-6h", "now"),
            Refresh = RefreshInterval.Every(TimeSpan.FromSeconds(30)),
            Variables = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["region"] = ["cn-east", "cn-north"] },
            ViewPanel = "battery-distribution",
        };
        var query = string.Join('&', state.ToQueryParameters().SelectMany(p => p.Value switch
        {
            string[] values => values.Select(value => $"{p.Key}={Uri.EscapeDataString(value)}"),
            var value => [$"{p.Key}={Uri.EscapeDataString((string)value!)}"],
        }));

        var restored = BoardUrlState.FromUri("http://localhost/boards/x?" + query, TimeRange.Last(TimeSpan.FromHours(1)), RefreshInterval.Off);

        Assert.Equal("from=now-6h&to=now&refresh=30s&viewPanel=battery-distribution&var-region=cn-east&var-region=cn-north", query);
        Assert.Equal(state.Range, restored.Range);
        Assert.Equal(state.Refresh, restored.Refresh);
        Assert.Equal(state.Variables, restored.Variables);
        Assert.Equal(state.ViewPanel, restored.ViewPanel);
        Assert.Empty(restored.Errors);
    }

    [Fact]
    public void A_url_without_state_takes_the_defaults()
    {
        var state = BoardUrlState.FromUri("http://localhost/boards/x", TimeRange.Last(TimeSpan.FromHours(3)), RefreshInterval.Off);

        Assert.Equal("now-3h", state.Range.From.ToString());
        Assert.True(state.Refresh.IsOff);
        Assert.Empty(state.Variables);
        Assert.Null(state.ViewPanel);
    }
}
