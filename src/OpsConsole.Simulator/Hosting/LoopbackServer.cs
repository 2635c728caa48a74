using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OpsConsole.Simulator.Hosting;

/// <summary>A bare Kestrel app on one address and port: no config files, no watchers, no default logging noise.</summary>
internal static class LoopbackServer
{
    public static WebApplicationBuilder CreateBuilder(IPAddress address, int port, ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Services.AddSingleton<ILoggerFactory>(new QuietLoggerFactory(loggerFactory));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        return builder;
    }

    /// <summary>The port Kestrel really bound, which differs from the requested one when that was 0.</summary>
    public static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses after starting.");
        return new Uri(addresses.First()).Port;
    }
}
