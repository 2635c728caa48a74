using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using OpsConsole.Web.Localization;
using OpsConsole.Web.Tests.Support;

namespace OpsConsole.Web.Tests.Localization;

/// <summary>MudBlazor's own words (it ships English only) come from our resources in zh-CN.</summary>
public sealed class MudLocalizerTests : BunitContext
{
    public MudLocalizerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ConsoleMudLocalizer>();
    }

    [Fact]
    public void A_known_MudBlazor_word_is_answered_in_Chinese_and_an_unknown_one_is_left_to_MudBlazor()
    {
        var localizer = new ConsoleMudLocalizer();

        var next = TextClasses.InCulture(TextClasses.Chinese, () => localizer["MudTablePager_NextPage"]);
        var unknown = TextClasses.InCulture(TextClasses.Chinese, () => localizer["MudColorPicker_Open"]);

        Assert.Equal(("下一页", false), (next.Value, next.ResourceNotFound));
        Assert.True(unknown.ResourceNotFound);
    }

    [Fact]
    public void A_close_button_of_a_MudBlazor_component_reads_Chinese_in_zh_CN()
    {
        var alert = TextClasses.InCulture(TextClasses.Chinese, () => Render<MudAlert>(p => p
            .Add(a => a.ShowCloseIcon, true)
            .Add(a => a.ChildContent, (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddContent(0, "x")))));

        Assert.Equal("关闭", alert.Find("button").GetAttribute("aria-label"));
    }
}
