using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using OpsConsole.Web.Components.Boards;
using OpsConsole.Web.Components.Layout;
using OpsConsole.Web.Hosting.Navigation;
using OpsConsole.Web.Security;
using OpsConsole.Web.Tests.Identity;

namespace OpsConsole.Web.Tests.Components.Layout;

/// <summary>The drawer shows the links features register, in their order, to the users their policy admits.</summary>
public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        ComponentFactories.AddStub<BoardNavLinks>();
    }

    [Fact]
    public void Links_follow_their_order_not_the_order_features_registered_them_and_admin_links_need_an_admin()
    {
        Services.AddNavEntry(new NavEntry("audit", Icons.Material.Filled.History, () => "Audit", Policies.Administer, 100, "nav-audit"));
        Services.AddNavEntry(new NavEntry("rules", Icons.Material.Filled.Rule, () => "Rules", Policies.View, 60, "nav-rules"));
        Services.AddNavEntry(new NavEntry("alerts", Icons.Material.Filled.NotificationsActive, () => "Alerts", Policies.View, 10, "nav-alerts"));
        var auth = AddAuthorization();
        auth.SetAuthorized("bob");
        auth.SetPolicies(Policies.View);

        var viewer = Render<NavMenu>();
        Assert.Equal(["nav-alerts", "nav-rules"], viewer.FindAll("[data-testid^='nav-']").Select(a => a.GetAttribute("data-testid")));

        auth.SetPolicies(Policies.View, Policies.Administer);
        var admin = Render<NavMenu>();
        Assert.Equal(["nav-alerts", "nav-rules", "nav-audit"], admin.FindAll("[data-testid^='nav-']").Select(a => a.GetAttribute("data-testid")));
    }

    [Fact]
    public async Task The_app_registers_one_link_per_page_of_the_drawer_each_to_a_real_page_and_no_two_in_the_same_place()
    {
        await using var app = new ConsoleAppFactory();

        var entries = app.Services.GetServices<NavEntry>().ToList();

        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(entries.Where(e => !routes.Contains(e.Href)).Select(e => $"{e.Href} is no page"));
        Assert.Equal(entries.Count, entries.Select(e => e.Order).Distinct().Count());
        Assert.Subset(entries.Select(e => e.Href).ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(["alerts", "silences", "alerts/history", "explore", "targets", "rules", "capacity", "slo", "audit", "admin/screens"], StringComparer.Ordinal));
    }
}
