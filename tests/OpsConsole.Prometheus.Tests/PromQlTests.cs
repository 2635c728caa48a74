namespace OpsConsole.Prometheus.Tests;

public sealed class PromQlTests
{
    [Theory]
    [InlineData("cn-east", "cn-east")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData(@"C:\robots\east", @"C:\\robots\\east")]
    [InlineData("line one\nline two", "line one\\nline two")]
    [InlineData("\\\"", "\\\\\\\"")]
    [InlineData("机器人-东区 ✓ émoji 🤖", "机器人-东区 ✓ émoji 🤖")]
    [InlineData("tab\tstays", "tab\tstays")]
    [InlineData("crlf\r\n", "crlf\\r\\n")]
    [InlineData("", "")]
    public void Label_values_are_escaped_for_a_double_quoted_string(string value, string expected) =>
        Assert.Equal(expected, PromQl.EscapeLabelValue(value));

    [Fact]
    public void A_matcher_quotes_the_escaped_value() =>
        Assert.Equal("job=\"evil\\\"} or vector(1) #\"", PromQl.LabelMatcher("job", "evil\"} or vector(1) #"));

    [Fact]
    public void A_matcher_keeps_unicode_values() =>
        Assert.Equal("region=\"华东\"", PromQl.LabelMatcher("region", "华东"));

    [Theory]
    [InlineData("job")]
    [InlineData("__name__")]
    [InlineData("_")]
    [InlineData("flink_tm_id2")]
    [InlineData("Region")]
    public void Valid_label_names_are_accepted(string name) => Assert.True(PromQl.IsValidLabelName(name));

    [Theory]
    [InlineData("")]
    [InlineData("2xx")]
    [InlineData("app.kubernetes.io/name")]
    [InlineData("job name")]
    [InlineData("région")]
    [InlineData("job\"")]
    public void Invalid_label_names_are_refused(string name)
    {
        Assert.False(PromQl.IsValidLabelName(name));
        Assert.Throws<ArgumentException>(() => PromQl.LabelMatcher(name, "x"));
    }
}
