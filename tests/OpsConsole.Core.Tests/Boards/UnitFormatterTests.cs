using System.Globalization;
using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

public sealed class UnitFormatterTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData(97.3, Unit.Percent, null, "97.3 %")]
    [InlineData(0.973, Unit.PercentUnit, null, "97.3 %")]
    [InlineData(0.99951, Unit.PercentUnit, 2, "99.95 %")]
    [InlineData(1.2 * 1024 * 1024 * 1024, Unit.Bytes, null, "1.2 GiB")]
    [InlineData(512, Unit.Bytes, null, "512 B")]
    [InlineData(1536, Unit.BytesPerSecond, null, "1.5 KiB/s")]
    [InlineData(0.35, Unit.Seconds, null, "350 ms")]
    [InlineData(1.5, Unit.Seconds, null, "1.5 s")]
    [InlineData(90, Unit.Seconds, null, "1.5 min")]
    [InlineData(7200, Unit.Seconds, null, "2.0 h")]
    [InlineData(0.000042, Unit.Seconds, null, "42.0 µs")]
    [InlineData(350, Unit.Milliseconds, null, "350 ms")]
    [InlineData(1500, Unit.Milliseconds, null, "1.5 s")]
    [InlineData(2300, Unit.OpsPerSecond, null, "2.3k ops/s")]
    [InlineData(12.5, Unit.OpsPerSecond, null, "12.5 ops/s")]
    [InlineData(4278, Unit.Count, null, "4,278")]
    [InlineData(2_300_000, Unit.Count, null, "2.3M")]
    [InlineData(1.3456, Unit.None, 2, "1.35")]
    [InlineData(0.0042, Unit.None, null, "0.0042")]
    [InlineData(-350, Unit.Milliseconds, null, "-350 ms")]
    public void Values_read_with_their_unit_at_a_readable_scale(double value, Unit unit, int? decimals, string expected) =>
        Assert.Equal(expected, UnitFormatter.Format(value, unit, decimals, En));

    [Fact]
    public void A_value_that_rounds_up_to_the_next_unit_is_shown_in_that_unit() =>
        Assert.Equal("1.0 s", UnitFormatter.Format(0.99996, Unit.Seconds, null, En));

    [Theory]
    [InlineData(0, Unit.Seconds, "0 s")]
    [InlineData(0, Unit.Milliseconds, "0 ms")]
    [InlineData(0, Unit.Bytes, "0 B")]
    [InlineData(0, Unit.PercentUnit, "0 %")]
    public void Zero_keeps_the_panels_own_unit(double value, Unit unit, string expected) =>
        Assert.Equal(expected, UnitFormatter.Format(value, unit, null, En));

    [Fact]
    public void Missing_and_not_a_number_show_a_dash()
    {
        Assert.Equal(UnitFormatter.Missing, UnitFormatter.Format(null, Unit.Bytes, null, En));
        Assert.Equal(UnitFormatter.Missing, UnitFormatter.Format(double.NaN, Unit.Bytes, null, En));
        Assert.Equal("∞", UnitFormatter.Format(double.PositiveInfinity, Unit.Seconds, null, En));
    }

    [Fact]
    public void Decimals_apply_after_scaling_and_are_clamped()
    {
        Assert.Equal("1.234 GiB", UnitFormatter.Format(1.234 * (1L << 30), Unit.Bytes, 3, En));
        Assert.Equal("1.000000 s", UnitFormatter.Format(1, Unit.Seconds, 12, En));
        Assert.Equal("2 s", UnitFormatter.Format(1.5, Unit.Seconds, -1, En));
    }

    [Fact]
    public void The_culture_decides_the_separators()
    {
        Assert.Equal("12,345", UnitFormatter.Format(12345, Unit.Count, null, Zh));
        Assert.Equal("12.345", UnitFormatter.Format(12345, Unit.Count, null, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Every_unit_has_a_board_file_name_that_maps_back_to_it()
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            Assert.Equal(unit, BoardVocabulary.Units[BoardVocabulary.NameOf(unit)]);
        }
    }
}
