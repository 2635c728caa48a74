using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Slo;

/// <summary>One row of the SLO list: a broken file with its errors, or an SLO with its status (null before the first read).</summary>
public sealed record SloRow(SloFileResult File, SloStatus? Status)
{
    public SloDefinition? Slo => File.Slo;

    /// <summary>
    /// Broken files first (they hide an SLO nobody watches until fixed), then by budget remaining, lowest first;
    /// SLOs without a budget number (no traffic, no data, not read yet) last. Ties by id, so the order is stable.
    /// </summary>
    public static IReadOnlyList<SloRow> Order(SloCatalogSnapshot catalog, SloStatusSnapshot? statuses)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return
        [
            .. catalog.Files
                .Select(file => new SloRow(file, file.Slo is { } slo ? statuses?.Find(slo.Id) : null))
                .OrderBy(row => row.Slo is null ? 0 : row.Status?.BudgetRemaining is null ? 2 : 1)
                .ThenBy(row => row.Status?.BudgetRemaining ?? 0)
                .ThenBy(row => row.File.SloId, StringComparer.Ordinal)
                .ThenBy(row => row.File.File, StringComparer.Ordinal),
        ];
    }
}
