using Microsoft.AspNetCore.Components.Routing;

namespace OpsConsole.Web.Hosting.Navigation;

/// <summary>
/// One link of the navigation drawer, registered by the feature that owns the page (<see cref="NavEntryRegistration.AddNavEntry"/>),
/// so a feature brings its own link and the drawer knows no feature. <see cref="Order"/> places it, whatever order the
/// features were added in; the link shows only to users who satisfy <see cref="Policy"/>.
/// </summary>
/// <param name="Title">Read at render time, so the link follows the user's language.</param>
/// <param name="TestId">The link's <c>data-testid</c>, e.g. "nav-alerts".</param>
public sealed record NavEntry(string Href, string Icon, Func<string> Title, string Policy, int Order, string TestId)
{
    public NavLinkMatch Match { get; init; } = NavLinkMatch.Prefix;
}
