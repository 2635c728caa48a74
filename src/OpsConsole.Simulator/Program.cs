using Microsoft.Extensions.Options;
using OpsConsole.Simulator.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "OpsConsole.Simulator" });
builder.Configuration.AddCommandLine(args, SimulatorCommandLine.SwitchMappings);
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
builder.Services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.SectionName)).ValidateOnStart();
builder.Services.AddHostedService<SimulatorHostedService>();

await builder.Build().RunAsync().ConfigureAwait(false);

/// <summary>Internal: the console's tests reference the simulator too, and two public Program types would clash.</summary>
internal sealed partial class Program;
