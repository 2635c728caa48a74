using OpsConsole.Web.Components.Wall;

namespace OpsConsole.Web.Tests.Wall;

public sealed class DataAgeLevelsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 5, DataAgeLevel.Fresh)]
    [InlineData(10, 20, DataAgeLevel.Fresh)]
    [InlineData(10, 21, DataAgeLevel.Late)]
    [InlineData(10, 60, DataAgeLevel.Late)]
    [InlineData(10, 61, DataAgeLevel.Stale)]
    [InlineData(30, 59, DataAgeLevel.Fresh)]
    [InlineData(30, 61, DataAgeLevel.Late)]
    [InlineData(30, 181, DataAgeLevel.Stale)]
    [InlineData(5, 19, DataAgeLevel.Fresh)]
    public void Amber_after_two_refreshes_red_after_six_never_sooner_than_20_and_60_seconds(int refreshSeconds, int ageSeconds, DataAgeLevel expected) =>
        Assert.Equal(expected, DataAgeLevels.Of(Now.AddSeconds(-ageSeconds), Now, TimeSpan.FromSeconds(refreshSeconds)));

    [Fact]
    public void Before_every_panel_has_data_the_board_is_waiting() =>
        Assert.Equal(DataAgeLevel.Waiting, DataAgeLevels.Of(null, Now, TimeSpan.FromSeconds(10)));
}
