using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Components.Live;
using OpsConsole.Web.Components.TimeNavigation;
using OpsConsole.Web.Feeds;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;

namespace OpsConsole.Web.Tests.Support;

/// <summary>
/// A bUnit context wired like the app: MudBlazor (its own JS calls answered loosely), our chart module
/// held to strict interop, a fake clock and a fake metrics source behind the real health monitor.
/// </summary>
public abstract class ConsoleTestContext : BunitContext
{
    protected static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    protected ConsoleTestContext()
    {
        Time.SetLocalTimeZone(TimeZoneInfo.Utc);
        JSInterop.Mode = JSRuntimeMode.Loose;
        ChartModule = JSInterop.SetupModule(ChartsInterop.ModulePath);
        ChartModule.Mode = JSRuntimeMode.Strict;
        ChartModule.SetupVoid("create", _ => true).SetVoidResult();
        ChartModule.SetupVoid("update", _ => true).SetVoidResult();
        ChartModule.SetupVoid("setTheme", _ => true).SetVoidResult();
        ChartModule.SetupVoid("destroy", _ => true).SetVoidResult();

        Services.AddMudServices();
        Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Options.Create(new ConsoleOptions
        {
            DefaultRefresh = TimeSpan.FromSeconds(10),
            HealthCheckInterval = TimeSpan.FromSeconds(5),
        }));
        Services.AddSingleton<IMetricsSource>(Source);
        Services.AddSingleton<IPrometheusProbe>(new MetricsSourceProbe(Source));
        Services.AddSingleton<PrometheusHealthMonitor>();
        Services.AddScoped<ChartsInterop>();

        // Our live-board modules are held to strict interop too: a call the test did not expect fails it.
        PanelModule = JSInterop.SetupModule(PanelWidthInterop.ModulePath);
        PanelModule.Mode = JSRuntimeMode.Strict;
        PanelModule.Setup<int>("observe", _ => true).SetResult(PanelWidth);
        PanelModule.SetupVoid("unobserve", _ => true).SetVoidResult();
        BoardModule = JSInterop.SetupModule(BoardInterop.ModulePath);
        BoardModule.Mode = JSRuntimeMode.Strict;
        BoardModule.Setup<bool>("watch", _ => true).SetResult(false);
        BoardModule.SetupVoid("unwatch", _ => true).SetVoidResult();

        // The app's own registration, with a 5 s scrape interval so the board's 10 s refresh is a whole number of steps.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PanelFeed:DefaultMinStep"] = "00:00:05" })
            .Build();
        Services.AddPanelFeed(configuration);
    }

    /// <summary>The width LivePanel.razor.js reports for every panel.</summary>
    protected const int PanelWidth = 800;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected FakeMetricsSource Source { get; } = new();

    protected BunitJSModuleInterop ChartModule { get; }

    protected BunitJSModuleInterop PanelModule { get; }

    protected BunitJSModuleInterop BoardModule { get; }
}
