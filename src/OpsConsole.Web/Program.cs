using OpsConsole.Prometheus;
using OpsConsole.Web.Feeds;
using OpsConsole.Web.Health;
using OpsConsole.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddRootSettings();
builder.AddConsoleLogging();
builder.Services.AddConsoleOptions(builder.Configuration);
builder.Services.AddPrometheusClient(builder.Configuration.GetSection("Prometheus"));
builder.Services.AddPrometheusHealth();
builder.Services.AddPanelFeed(builder.Configuration);
builder.AddConsoleUi();

var app = builder.Build();

app.UseConsolePipeline();
app.MapConsoleEndpoints();

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
