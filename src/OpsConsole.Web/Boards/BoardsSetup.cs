using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Boards;

public static class BoardsSetup
{
    /// <summary>The folder used when <c>Boards:Directory</c> is not set.</summary>
    public const string DefaultDirectory = "deploy/boards";

    /// <summary>
    /// The board catalog (section <c>Boards</c>: <c>Directory</c>, <c>Debounce</c>), loaded before the app
    /// serves and reloaded when a file changes, plus the source of variable choices.
    /// </summary>
    public static WebApplicationBuilder AddBoards(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BoardCatalogOptions.SectionName);
        var configured = section[nameof(BoardCatalogOptions.Directory)];
        var options = new BoardCatalogOptions
        {
            Directory = BoardDirectory.Resolve(
                string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured,
                builder.Environment.ContentRootPath,
                AppContext.BaseDirectory),
        };
        if (section.GetValue<TimeSpan?>(nameof(BoardCatalogOptions.Debounce)) is { } debounce)
        {
            options.Debounce = debounce;
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<BoardCatalog>();
        services.AddHostedService<BoardCatalogHost>();
        services.AddSingleton<IVariableValues, PrometheusVariableValues>();
        return builder;
    }
}
