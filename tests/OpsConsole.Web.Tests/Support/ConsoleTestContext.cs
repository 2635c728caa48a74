using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpsConsole.Core.Metrics;
using OpsConsole.Web.Components.Charts;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;

namespace OpsConsole.Web.Tests.Support;

/// <summary>
/// A bUnit context wired like the app: MudBlazor (its own JS calls answered loosely), our chart module
/// held to strict interop, a fake clock and a fake metrics source behind the real health monitor.
/// </summary>
public abstract class ConsoleTestContext : AsyncDisposingContext
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
    }

    protected FakeTimeProvider Time { get; } = new(Start);

    protected FakeMetricsSource Source { get; } = new();

    protected BunitJSModuleInterop ChartModule { get; }
}
