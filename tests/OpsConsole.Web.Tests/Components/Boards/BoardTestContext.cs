using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsConsole.Core.Boards;
using OpsConsole.Web.Boards;
using OpsConsole.Web.Tests.Components.Panels;

namespace OpsConsole.Web.Tests.Components.Boards;

/// <summary>The app's bUnit wiring plus a real board catalog over a temporary folder and fixed variable choices.</summary>
public abstract class BoardTestContext : PanelTestContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsconsole-boards-web-" + Guid.NewGuid().ToString("N"));

    protected BoardTestContext()
        : base(renderPopovers: false)
    {
        Directory.CreateDirectory(_folder);
        Catalog = new BoardCatalog(new BoardCatalogOptions { Directory = _folder }, Time, NullLogger<BoardCatalog>.Instance);
        // Registered by factory so the container disposes them with the context: the catalog, then the folder.
        Services.AddSingleton(_ => new FolderCleanup(_folder));
        Services.AddSingleton(sp => { sp.GetRequiredService<FolderCleanup>(); return Catalog; });
        Services.AddSingleton<IVariableValues>(Choices);
        RenderPopovers();
    }

    protected BoardCatalog Catalog { get; }

    protected FixedVariableValues Choices { get; } = new();

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    protected void WriteBoard(string file, string yaml) => File.WriteAllText(Path.Combine(_folder, file), yaml.ReplaceLineEndings("\n"));

    protected Task<BoardCatalogSnapshot> ReloadAsync() => Catalog.ReloadAsync(CancellationToken.None);

    private sealed class FolderCleanup(string folder) : IDisposable
    {
        public void Dispose() => Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every variable offers the same values; the calls are recorded.</summary>
    protected sealed class FixedVariableValues : IVariableValues
    {
        private readonly Lock _gate = new();
        private readonly List<(string Variable, DateTimeOffset Start, DateTimeOffset End)> _calls = [];

        public IReadOnlyList<string> Values { get; set; } = ["cn-east", "cn-west"];

        public IReadOnlyList<(string Variable, DateTimeOffset Start, DateTimeOffset End)> Calls
        {
            get
            {
                lock (_gate)
                {
                    return [.. _calls];
                }
            }
        }

        public Task<IReadOnlyList<string>> ValuesAsync(VariableDefinition variable, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _calls.Add((variable.Name, start, end));
            }
            return Task.FromResult(Values);
        }
    }
}
