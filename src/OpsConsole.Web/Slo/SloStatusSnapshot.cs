using OpsConsole.Core.Slo;

namespace OpsConsole.Web.Slo;

/// <summary>What one read of the SLO series gave: the status of every valid SLO of the catalog version it read for.</summary>
public sealed record SloStatusSnapshot(IReadOnlyDictionary<string, SloStatus> Statuses, long CatalogVersion)
{
    public SloStatus? Find(string id) => Statuses.GetValueOrDefault(id);
}
