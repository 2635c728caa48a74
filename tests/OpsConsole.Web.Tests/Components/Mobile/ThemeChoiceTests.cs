using Microsoft.Extensions.Time.Testing;
using OpsConsole.Web.Components.Layout;

namespace OpsConsole.Web.Tests.Components.Mobile;

public sealed class ThemeChoiceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData(3, ThemeMode.Dark)]
    [InlineData(6, ThemeMode.Dark)]
    [InlineData(7, ThemeMode.Light)]
    [InlineData(12, ThemeMode.Light)]
    [InlineData(18, ThemeMode.Light)]
    [InlineData(19, ThemeMode.Dark)]
    [InlineData(23, ThemeMode.Dark)]
    public void Auto_is_dark_at_night_on_the_display_clock(int hourInShanghai, ThemeMode expected)
    {
        // Shanghai is UTC+8: the display zone decides, not UTC.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, hourInShanghai, 30, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        time.SetLocalTimeZone(Shanghai);

        Assert.Equal(expected, ThemeChoice.Auto.Resolve(time));
    }

    [Fact]
    public void Fixed_choices_ignore_the_clock()
    {
        var night = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));

        Assert.Equal(ThemeMode.Light, ThemeChoice.Light.Resolve(night));
        Assert.Equal(ThemeMode.Dark, ThemeChoice.Dark.Resolve(night));
    }

    [Theory]
    [InlineData("light", ThemeChoice.Light)]
    [InlineData("auto", ThemeChoice.Auto)]
    [InlineData("AUTO", ThemeChoice.Auto)]
    [InlineData("dark", ThemeChoice.Dark)]
    [InlineData(null, ThemeChoice.Dark)]
    [InlineData("purple", ThemeChoice.Dark)]
    public void The_stored_value_reads_back_and_anything_else_is_dark(string? stored, ThemeChoice expected)
    {
        Assert.Equal(expected, ThemeChoices.FromStored(stored));
        Assert.Equal(expected, ThemeChoices.FromStored(expected.ToJsName()));
    }
}
