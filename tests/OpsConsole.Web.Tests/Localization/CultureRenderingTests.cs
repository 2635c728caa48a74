using System.Globalization;
using Bunit;
using MudBlazor.Services;
using OpsConsole.Web.Components.Account;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Localization;

public sealed class CultureRenderingTests : BunitContext
{
    public CultureRenderingTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void A_component_says_the_same_thing_in_Chinese_and_in_English()
    {
        var chinese = RenderIn(UiCultures.Chinese);
        var english = RenderIn(UiCultures.English);

        Assert.Contains("无权访问", chinese, StringComparison.Ordinal);
        Assert.Contains("Access denied", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Access denied", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("无权访问", english, StringComparison.Ordinal);
        Assert.DoesNotContain(TextResource.MissingOpen.ToString(), chinese + english, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessDeniedTitle", chinese + english, StringComparison.Ordinal);
    }

    private string RenderIn(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Render<AccessDeniedMessage>().Find("[data-testid=access-denied]").TextContent;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
