using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsConsole.Core.Boards;

namespace OpsConsole.Web.Components.Boards;

/// <summary>
/// <c>/boards/{id}</c>: any board of the catalog, or the errors of its broken file. <c>/</c> shows the
/// first board. Follows the catalog: an edited file updates the open page without a reload.
/// </summary>
public sealed partial class BoardPage
{
    private BoardFileResult? _file;

    /// <summary>The board's id; null on <c>/</c>, which shows the first board.</summary>
    [Parameter]
    public string? BoardId { get; set; }

    [Inject]
    private BoardCatalog Catalog { get; set; } = default!;

    private string PageTitle => _file?.Board?.Title.For(CultureInfo.CurrentUICulture) ?? _file?.BoardId ?? BoardId ?? "OpsConsole";

    protected override void OnInitialized()
    {
        Catalog.Changed += OnCatalogChanged;
        OnDispose(() => Catalog.Changed -= OnCatalogChanged);
    }

    protected override void OnParametersSet() => _file = Find(Catalog.Current);

    private BoardFileResult? Find(BoardCatalogSnapshot snapshot) =>
        BoardId is null
            ? snapshot.Boards.Count > 0 ? snapshot.FindFile(snapshot.Boards[0].Id) : snapshot.Files.FirstOrDefault()
            : snapshot.FindFile(BoardId);

    // Raised on the reloading thread: hand the new snapshot to the renderer.
    private void OnCatalogChanged(object? sender, BoardCatalogChangedEventArgs e) => _ = Apply(() => _file = Find(e.Current));
}
