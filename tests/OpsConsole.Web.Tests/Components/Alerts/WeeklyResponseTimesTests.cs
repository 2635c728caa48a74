using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using OpsConsole.Core.Alerts.Response;
using OpsConsole.Web.Components.Alerts.History;

namespace OpsConsole.Web.Tests.Components.Alerts;

public sealed class WeeklyResponseTimesTests : AlertsTestContext
{
    private static readonly DateTimeOffset Week2 = new(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Week1 = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_service_severity_and_week_shows_its_mtta_mttr_incidents_and_trend_arrow()
    {
        Fill();

        var html = RenderIn("en");

        var rows = html.FindAll("[data-testid='weekly-row']");
        Assert.Equal(["webhook-service/critical/11/9/2026", "webhook-service/critical/11/2/2026", "robot-data-service/warning/11/2/2026"],
            rows.Select(r => $"{r.GetAttribute("data-service")}/{r.GetAttribute("data-severity")}/{r.QuerySelector("[data-testid='weekly-week']")!.TextContent}"));
        var latest = rows[0];
        Assert.Equal("2", Cell(latest, "weekly-incidents"));
        Assert.Equal("11 min (n=2)", Cell(latest, "weekly-mtta"));
        Assert.Equal("24 min (n=2)", Cell(latest, "weekly-mttr"));
        var trend = latest.QuerySelector("[data-testid='weekly-trend']")!;
        Assert.Equal("better", trend.GetAttribute("data-trend"));
        Assert.Equal("↓ -46 %", Regex.Replace(trend.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("MTTR better than the week before", trend.GetAttribute("title"));
        Assert.Equal("unknown", rows[1].QuerySelector("[data-testid='weekly-trend']")!.GetAttribute("data-trend"));
        // Acked but still open: MTTA without MTTR.
        Assert.Equal(("3 min (n=1)", "—"), (Cell(rows[2], "weekly-mtta"), Cell(rows[2], "weekly-mttr")));
        Assert.Contains("Monday 00:00 (UTC)", html.Find("[data-testid='weekly-zone']").TextContent, StringComparison.Ordinal);
        // 13 whole weeks: from Monday 12 weeks before the current one (Start is Monday 2026-03-02) up to now.
        Assert.Equal((new DateTimeOffset(2025, 12, 8, 0, 0, 0, TimeSpan.Zero), Start), Assert.Single(History.WeeklyQueries));
        Assert.Empty(html.FindAll("[data-testid='weekly-error']"));
    }

    [Fact]
    public void The_table_reads_in_chinese_with_the_date_in_chinese_order()
    {
        Fill();

        var html = RenderIn("zh-CN");

        Assert.Contains("平均恢复时间", html.Find("[data-testid='weekly-table'] thead").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026/11/9", html.Find("[data-testid='weekly-row'] [data-testid='weekly-week']").TextContent);
        Assert.Equal("11 分钟 (n=2)", html.Find("[data-testid='weekly-row'] [data-testid='weekly-mtta']").TextContent);
        Assert.Equal("平均恢复时间比前一周缩短", html.Find("[data-testid='weekly-trend']").GetAttribute("title"));
        Assert.DoesNotContain("⟦", html.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_without_incidents_say_so()
    {
        var html = RenderIn("en");

        Assert.Empty(html.FindAll("[data-testid='weekly-row']"));
        Assert.Equal("No incident fired in these weeks.", html.Find("[data-testid='weekly-empty']").TextContent);
    }

    private IRenderedComponent<WeeklyResponseTimesTable> RenderIn(string culture)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Render<WeeklyResponseTimesTable>();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }

    private void Fill()
    {
        History.Weekly.Add(Row("webhook-service", "critical", Week2, 2, 2, 2, 11, 24.5, new ResponseTrend(TrendDirection.Better, -20.5 / 45)));
        History.Weekly.Add(Row("webhook-service", "critical", Week1, 3, 2, 3, 7.5, 45, ResponseTrend.Unknown));
        History.Weekly.Add(Row("robot-data-service", "warning", Week1, 1, 1, 0, 3, null, ResponseTrend.Unknown));
    }

    private static WeeklyResponseTimes Row(string service, string severity, DateTimeOffset week, int incidents, int acked, int resolved,
        double? mttaMinutes, double? mttrMinutes, ResponseTrend trend) => new()
    {
        Service = service,
        Severity = severity,
        WeekStart = week,
        Summary = new ResponseSummary
        {
            Incidents = incidents,
            Acknowledged = acked,
            Resolved = resolved,
            MeanTimeToAcknowledge = mttaMinutes is { } a ? TimeSpan.FromMinutes(a) : null,
            MeanTimeToResolve = mttrMinutes is { } r ? TimeSpan.FromMinutes(r) : null,
        },
        Trend = trend,
    };

    private static string Cell(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid='{testId}']")!.TextContent;
}
