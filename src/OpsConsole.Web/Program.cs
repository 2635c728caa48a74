using OpsConsole.Prometheus;
using OpsConsole.Web.Alerts;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Capacity;
using OpsConsole.Web.Explore;
using OpsConsole.Web.Feeds;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;
using OpsConsole.Web.Identity;
using OpsConsole.Web.Investigate;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Slo;
using OpsConsole.Web.Storage;
using OpsConsole.Web.Wall;

if ((PasswordHashCommand.TryRun(args) ?? RuleGenerationCommand.TryRun(args)) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddRootSettings();
builder.AddConsoleLogging();
builder.Services.AddConsoleOptions(builder.Configuration);
builder.Services.AddPrometheusClient(builder.Configuration.GetSection("Prometheus"));
builder.Services.AddPrometheusHealth();
builder.Services.AddPanelFeed(builder.Configuration);
builder.AddBoards();
builder.AddWall();
builder.AddSlo();
builder.AddConsoleUi();
builder.AddConsoleIdentity();
builder.Services.AddConsoleStorage(builder.Configuration);
builder.Services.AddConsoleAlerts(builder.Configuration);
builder.Services.AddExplore(builder.Configuration);
builder.Services.AddInvestigate(builder.Configuration);
builder.AddCapacity();
builder.AddConsoleLocalization();

var app = builder.Build();

app.UseConsolePipeline();
app.MapConsoleEndpoints();
app.MapConsoleAlerts();
app.MapExplore();
app.MapWall();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
