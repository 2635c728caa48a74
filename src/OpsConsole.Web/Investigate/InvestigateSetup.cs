using MudBlazor;
using OpsConsole.Web.Components.Investigate;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Investigate.Rules;
using OpsConsole.Web.Investigate.Targets;
using OpsConsole.Web.Security;

namespace OpsConsole.Web.Investigate;

public static class InvestigateSetup
{
    /// <summary>The targets and rules pages' live sources ("Investigate" section, <see cref="InvestigateOptions"/>).</summary>
    public static IServiceCollection AddInvestigate(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InvestigateOptions>().Bind(configuration.GetSection(InvestigateOptions.SectionName))
            .Validate(o => o.TargetsRefresh >= TimeSpan.FromSeconds(1), "Investigate:TargetsRefresh must be at least 1 s.")
            .Validate(o => o.RulesRefresh >= TimeSpan.FromSeconds(1), "Investigate:RulesRefresh must be at least 1 s.")
            .Validate(o => o.TargetHistoryStep >= TimeSpan.FromSeconds(1), "Investigate:TargetHistoryStep must be at least 1 s.")
            .Validate(o => o.TargetHistory >= o.TargetHistoryStep * 2 && o.TargetHistory <= o.TargetHistoryStep * 2_000,
                "Investigate:TargetHistory must cover 2 to 2000 steps of Investigate:TargetHistoryStep.")
            .Validate(o => o.FetchTimeout > TimeSpan.Zero, "Investigate:FetchTimeout must be positive.")
            .Validate(o => o.Linger >= TimeSpan.Zero, "Investigate:Linger must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<TargetsSource>();
        services.AddSingleton<RulesSource>();
        services.AddNavEntry(new NavEntry("targets", Icons.Material.Filled.Radar, () => InvestigateText.TargetsTitle, Policies.View, 50, "nav-targets"));
        services.AddNavEntry(new NavEntry("rules", Icons.Material.Filled.Rule, () => InvestigateText.RulesTitle, Policies.View, 60, "nav-rules"));
        return services;
    }
}
