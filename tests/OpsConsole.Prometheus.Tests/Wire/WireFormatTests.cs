using System.Globalization;
using OpsConsole.Prometheus.Wire;

namespace OpsConsole.Prometheus.Tests.Wire;

public sealed class WireFormatTests
{
    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1e+00", 1.0)]
    [InlineData("3.2e-02", 0.032)]
    [InlineData("1.7976931348623157e+308", double.MaxValue)]
    [InlineData("+Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Sample_values_parse_as_prometheus_writes_them(string text, double expected) =>
        Assert.Equal(expected, WireFormat.SampleValue(text));

    [Fact]
    public void NaN_parses_to_NaN() => Assert.True(double.IsNaN(WireFormat.SampleValue("NaN")));

    [Theory]
    [InlineData("1,5")]
    [InlineData("")]
    [InlineData("one")]
    public void Unreadable_sample_values_are_refused(string text) =>
        Assert.Throws<FormatException>(() => WireFormat.SampleValue(text));

    [Fact]
    public void Values_and_times_ignore_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(1.5, WireFormat.SampleValue("1.5"));
            Assert.Equal("1732404299.518", WireFormat.Time(DateTimeOffset.FromUnixTimeMilliseconds(1732404299518)));
            Assert.Equal("0.25", WireFormat.Seconds(TimeSpan.FromMilliseconds(250)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(1732404000000, "1732404000")]
    [InlineData(1732404000100, "1732404000.1")]
    [InlineData(1732404000001, "1732404000.001")]
    public void Times_are_unix_seconds_with_millisecond_precision(long unixMilliseconds, string expected) =>
        Assert.Equal(expected, WireFormat.Time(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)));

    [Fact]
    public void Times_in_other_offsets_are_the_same_instant() =>
        Assert.Equal("1732404000", WireFormat.Time(new DateTimeOffset(2024, 11, 24, 7, 20, 0, TimeSpan.FromHours(8))));

    [Theory]
    [InlineData("15s", 15)]
    [InlineData("1m30s", 90)]
    [InlineData("500ms", 0.5)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    public void Durations_parse_prometheus_notation(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WireFormat.Duration(text));

    [Theory]
    [InlineData("15")]
    [InlineData("1x")]
    [InlineData("s")]
    public void Malformed_durations_are_unknown(string text) => Assert.Null(WireFormat.Duration(text));

    [Fact]
    public void Nanosecond_timestamps_are_read_to_the_tick()
    {
        var parsed = WireFormat.Timestamp("2024-11-23T23:24:59.519333069Z");

        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 24, 59, TimeSpan.Zero).AddTicks(5_193_330), parsed);
    }

    [Fact]
    public void Go_zero_time_means_never() => Assert.Null(WireFormat.Timestamp("0001-01-01T00:00:00Z"));
}
