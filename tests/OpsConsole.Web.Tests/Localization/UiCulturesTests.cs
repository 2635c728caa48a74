using OpsConsole.Web.Localization;

namespace OpsConsole.Web.Tests.Localization;

public sealed class UiCulturesTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("zh_TW", "zh-CN")]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_culture_name_stands_for_one_of_the_two_languages_or_none(string? name, string? expected) =>
        Assert.Equal(expected, UiCultures.Match(name));

    [Fact]
    public void Chinese_comes_first_and_is_the_default() =>
        Assert.Equal([UiCultures.Default, UiCultures.English], UiCultures.Supported);
}
