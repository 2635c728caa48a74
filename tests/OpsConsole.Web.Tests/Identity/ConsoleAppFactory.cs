using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsConsole.Web.Health;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>
/// The whole app in memory (WebApplicationFactory) with the test identities, its own data directory
/// (SQLite) and no Prometheus: tests never depend on a server someone else happens to run.
/// </summary>
public sealed class ConsoleAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ConsoleAppFactory(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        _dataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("opsconsole-webtests-").FullName;
        _services = services;
        _settings = TestIdentities.Settings();
        _settings["Prometheus:Url"] = "http://127.0.0.1:1";
        _settings["OpsConsole:DataDirectory"] = _dataDirectory;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory => _dataDirectory;

    /// <summary>A client that does not follow redirects (tests look at them), keeps cookies and reads English.</summary>
    public HttpClient CreateBrowserLikeClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        // The console speaks zh-CN to a browser that names no language; these tests assert the English text.
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPrometheusProbe>(new ReachableProbe());
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDataDirectory)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp cleaner takes it.
            }
        }
    }

    private sealed class ReachableProbe : IPrometheusProbe
    {
        public Task<string?> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("2.42.0");
    }
}
