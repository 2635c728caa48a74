using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsConsole.Web.Components.Alerts.Shared;
using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>Dates, numbers and the time zone as each language shows them.</summary>
public sealed class DisplayTimeTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 5, 9, TimeSpan.Zero);

    [Fact]
    public void The_configured_time_zone_becomes_the_clocks_local_zone()
    {
        using var services = Services(new() { ["OpsConsole:TimeZone"] = "Asia/Shanghai" });

        var time = services.GetRequiredService<TimeProvider>();

        Assert.Equal(TimeSpan.FromHours(8), time.LocalTimeZone.GetUtcOffset(At));
        Assert.Equal("09:05:09", DisplayTime.TimeOfDay(At, time));
        Assert.Equal("UTC+08:00", DisplayTime.ZoneCaption(At, time));
    }

    [Fact]
    public void Without_a_setting_times_show_in_the_servers_zone()
    {
        using var services = Services([]);

        Assert.Equal(TimeZoneInfo.Local.Id, services.GetRequiredService<TimeProvider>().LocalTimeZone.Id);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_what_to_write_instead()
    {
        using var services = Services(new() { ["OpsConsole:TimeZone"] = "Mars/Olympus" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DisplayOptions>>().Value);

        Assert.Contains("OpsConsole:TimeZone 'Mars/Olympus'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_follow_the_culture_and_times_keep_a_24_hour_clock()
    {
        var time = new DisplayTimeProvider(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var afternoon = At.AddHours(6);

        Assert.Equal("2026/3/2 15:05:09", DisplayTime.DateTime(afternoon, time, TextClasses.Chinese));
        Assert.Equal("3/2/2026 15:05:09", DisplayTime.DateTime(afternoon, time, TextClasses.English));
    }

    [Fact]
    public void Alert_ages_read_naturally_in_each_language()
    {
        var ago = TimeSpan.FromMinutes(3);

        Assert.Equal("3 分钟前", TextClasses.InCulture(TextClasses.Chinese, () => RelativeTime.Ago(At - ago, At)));
        Assert.Equal("3 min ago", TextClasses.InCulture(TextClasses.English, () => RelativeTime.Ago(At - ago, At)));
        Assert.Equal("1 小时 30 分钟", TextClasses.InCulture(TextClasses.Chinese, () => RelativeTime.Precise(TimeSpan.FromMinutes(90))));
    }

    [Fact]
    public void Time_ranges_are_worded_per_language()
    {
        Assert.Equal("最近 15 分钟", TextClasses.InCulture(TextClasses.Chinese, () => Last(TimeSpan.FromMinutes(15))));
        Assert.Equal("Last 15 minutes", TextClasses.InCulture(TextClasses.English, () => Last(TimeSpan.FromMinutes(15))));
        Assert.Equal("Last hour", TextClasses.InCulture(TextClasses.English, () => Last(TimeSpan.FromHours(1))));
        Assert.Equal("最近 1 小时", TextClasses.InCulture(TextClasses.Chinese, () => Last(TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_chart_gets_the_display_zone_and_the_cultures_date_order_of_every_other_time_on_the_page()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var chinese = Web.Components.Charts.ChartTimeFormat.For(shanghai, CultureInfo.GetCultureInfo("zh-CN"));
        var english = Web.Components.Charts.ChartTimeFormat.For(TimeZoneInfo.Utc, CultureInfo.GetCultureInfo("en"));

        Assert.Equal(new Web.Components.Charts.ChartTimeFormat("Asia/Shanghai", "HH:mm", "M/d HH:mm", "yyyy/M/d HH:mm:ss"), chinese);
        Assert.Equal(new Web.Components.Charts.ChartTimeFormat("UTC", "HH:mm", "M/d HH:mm", "M/d/yyyy HH:mm:ss"), english);
        Assert.Equal(DisplayTime.DateTime(At, new DisplayTimeProvider(shanghai), CultureInfo.GetCultureInfo("zh-CN")),
            TimeZoneInfo.ConvertTime(At, shanghai).ToString(chinese.TooltipPattern, CultureInfo.GetCultureInfo("zh-CN")));
    }

    private static string Last(TimeSpan span) => Web.Components.TimeNavigation.TimeNavigationText.Last(span);

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateEmptyBuilder(new());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddConsoleLocalization();
        return builder.Services.BuildServiceProvider();
    }
}
