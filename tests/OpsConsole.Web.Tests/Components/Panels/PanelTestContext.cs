using System.Globalization;
using Bunit;
using MudBlazor;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Components.Panels;

/// <summary>The app's bUnit wiring, in English and with invariant number formatting so texts are predictable.</summary>
public abstract class PanelTestContext : ConsoleTestContext
{
    /// <param name="renderPopovers">False for a subclass that still registers services: it renders the provider itself.</param>
    protected PanelTestContext(bool renderPopovers = true)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        if (renderPopovers)
        {
            RenderPopovers();
        }
    }

    /// <summary>MudBlazor's tooltips (the stale badge) and selects need the popover provider on the page.</summary>
    protected void RenderPopovers() => Render<MudPopoverProvider>();
}
