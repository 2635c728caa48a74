using Microsoft.Extensions.Configuration.Json;

namespace OpsConsole.Web.Hosting;

internal static class RootSettingsSetup
{
    private const string FileName = "appsettings.json";

    /// <summary>
    /// The operator's appsettings.json lives at the repository root and is copied next to the assembly.
    /// When the content root (the working directory) has none - e.g. <c>dotnet run --project</c> from the
    /// repository root or a test host - read the copy beside the assembly, at the same low precedence,
    /// so environment variables and the command line still override it.
    /// </summary>
    public static WebApplicationBuilder AddRootSettings(this WebApplicationBuilder builder)
    {
        var inContentRoot = Path.Combine(builder.Environment.ContentRootPath, FileName);
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(inContentRoot) || !File.Exists(besideAssembly))
        {
            return builder;
        }

        var sources = builder.Configuration.Sources;
        var defaultIndex = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: FileName });
        var source = new JsonConfigurationSource { Path = besideAssembly, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        sources.Insert(defaultIndex >= 0 ? defaultIndex : 0, source);
        return builder;
    }
}
