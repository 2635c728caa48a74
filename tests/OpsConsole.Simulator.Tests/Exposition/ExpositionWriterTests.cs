using OpsConsole.Simulator.Exposition;
using OpsConsole.Simulator.Tests.Support;

namespace OpsConsole.Simulator.Tests.Exposition;

public sealed class ExpositionWriterTests
{
    [Fact]
    public void Label_values_with_quotes_backslashes_and_newlines_are_escaped_and_read_back_intact()
    {
        var writer = new ExpositionWriter();
        writer.Family("odd_values", MetricType.Gauge, "Help with a \\ backslash\nand a newline.");
        writer.Sample("odd_values", [new("path", "C:\\temp\\\"quoted\"\nnext")], 1);

        var text = writer.ToString();
        var sample = ExpositionParser.Parse(text).Series("odd_values").Single();

        Assert.Contains("path=\"C:\\\\temp\\\\\\\"quoted\\\"\\nnext\"", text, StringComparison.Ordinal);
        Assert.Contains("# HELP odd_values Help with a \\\\ backslash\\nand a newline.\n", text, StringComparison.Ordinal);
        Assert.Equal("C:\\temp\\\"quoted\"\nnext", sample.Label("path"));
    }

    [Fact]
    public void Histogram_writes_cumulative_buckets_ending_in_inf_equal_to_count()
    {
        var writer = new ExpositionWriter();
        writer.Family("latency_seconds", MetricType.Histogram, "Latency.");
        writer.Histogram("latency_seconds", [new("route", "/a")], [0.1, 0.5], [3, 7], count: 9, sum: 2.5);

        var text = writer.ToString();

        Assert.Equal(
            "# HELP latency_seconds Latency.\n# TYPE latency_seconds histogram\n" +
            "latency_seconds_bucket{route=\"/a\",le=\"0.1\"} 3\n" +
            "latency_seconds_bucket{route=\"/a\",le=\"0.5\"} 7\n" +
            "latency_seconds_bucket{route=\"/a\",le=\"+Inf\"} 9\n" +
            "latency_seconds_sum{route=\"/a\"} 2.5\n" +
            "latency_seconds_count{route=\"/a\"} 9\n",
            text);
        Assert.Single(ExpositionParser.Parse(text).Families);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(1234567890d, "1234567890")]
    [InlineData(0.075, "0.075")]
    public void Values_use_the_format_spelling(double value, string expected) =>
        Assert.Equal(expected, ExpositionWriter.FormatValue(value));

    [Fact]
    public void A_family_declared_twice_is_refused()
    {
        var writer = new ExpositionWriter();
        writer.Family("twice", MetricType.Counter, "x");

        Assert.Throws<InvalidOperationException>(() => writer.Family("twice", MetricType.Counter, "x"));
    }

    [Fact]
    public void The_test_parser_rejects_a_histogram_whose_inf_bucket_differs_from_count()
    {
        const string broken = "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 3\nh_sum 1\nh_count 4\n";

        Assert.Throws<FormatException>(() => ExpositionParser.Parse(broken));
    }

    [Fact]
    public void The_test_parser_rejects_a_sample_outside_its_family_block()
    {
        const string broken = "# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n";

        Assert.Throws<FormatException>(() => ExpositionParser.Parse(broken));
    }
}
