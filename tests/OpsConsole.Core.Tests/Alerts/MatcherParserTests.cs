using OpsConsole.Core.Alerts.Matching;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class MatcherParserTests
{
    [Fact]
    public void Reads_the_four_operators_with_quoted_values()
    {
        var matchers = MatcherParser.Parse("""alertname="X", severity=~"crit.*", service!="redis", job!~"test|dev" """);

        Assert.Equal(
            [
                new Matcher("alertname", MatchOperator.Equal, "X"),
                new Matcher("severity", MatchOperator.Regex, "crit.*"),
                new Matcher("service", MatchOperator.NotEqual, "redis"),
                new Matcher("job", MatchOperator.NotRegex, "test|dev"),
            ],
            matchers);
    }

    [Theory]
    [InlineData("""{alertname="X",severity="critical"}""")]
    [InlineData("""  { alertname = "X" , severity = critical , }  """)]
    [InlineData("alertname=X, severity=critical")]
    public void Braced_bare_and_spaced_forms_read_the_same(string text)
    {
        Assert.Equal(
            [new Matcher("alertname", MatchOperator.Equal, "X"), new Matcher("severity", MatchOperator.Equal, "critical")],
            MatcherParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{}")]
    [InlineData(" { } ")]
    public void Empty_text_means_no_matchers(string text) => Assert.Empty(MatcherParser.Parse(text));

    [Fact]
    public void Escapes_in_quoted_values_are_read_as_Alertmanager_does()
    {
        var matcher = Assert.Single(MatcherParser.Parse("""summary="say \"hi\"\\n\n" """));
        Assert.Equal("say \"hi\"\\n\n", matcher.Value);
        Assert.Equal(@"10\.0\..*", MatcherParser.Parse("""instance=~"10\.0\..*" """)[0].Value);
    }

    [Fact]
    public void A_matcher_prints_as_text_the_parser_reads_back()
    {
        var original = new Matcher("summary", MatchOperator.NotRegex, "a \"quoted\" \\ value\nnext");

        Assert.Equal(original, Assert.Single(MatcherParser.Parse(original.ToString())));
        Assert.Equal("""{summary!~"a \"quoted\" \\ value\nnext"}""", MatcherParser.Format([original]));
    }

    [Theory]
    [InlineData("severity", 8, "expected an operator (=, !=, =~, !~) after \"severity\"")]
    [InlineData("severity ~ \"x\"", 9, "expected an operator (=, !=, =~, !~) after \"severity\", found \"~\"")]
    [InlineData("alertname=\"X\", 1abc=\"y\"", 15, "expected a label name, found \"1\"")]
    [InlineData("alertname=\"X\" severity=\"y\"", 14, "expected \",\" between matchers, found \"s\"")]
    [InlineData("alertname=\"X, severity=\"y\"", 24, "expected \",\" between matchers, found \"y\"")]
    [InlineData("summary=\"unterminated", 8, "the value of \"summary\" has no closing quote")]
    [InlineData("{alertname=\"X\"", 14, "missing closing \"}\"")]
    [InlineData("{alertname=\"X\"} extra", 16, "unexpected \"e\" after the matchers")]
    [InlineData("alertname=", 10, "expected a value for \"alertname\"")]
    [InlineData("a==b", 2, "unexpected \"=\" in the value of \"a\"")]
    [InlineData("severity=~\"(crit\"", 10, "invalid regular expression for \"severity\"")]
    [InlineData("x=~\"(?=look)ahead\"", 3, "invalid regular expression for \"x\"")]
    public void Errors_name_the_position_and_the_problem(string text, int position, string reason)
    {
        var error = Assert.Throws<MatcherParseException>(() => MatcherParser.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"column {position + 1}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_reports_the_error_instead_of_throwing()
    {
        Assert.False(MatcherParser.TryParse("severity", out var matchers, out var error));
        Assert.Empty(matchers);
        Assert.Equal(8, error!.Position);

        Assert.True(MatcherParser.TryParse("severity=\"critical\"", out matchers, out error));
        Assert.Null(error);
        Assert.Single(matchers);
    }
}
