using OpsConsole.Core.Alerts.Matching;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Alerts;

public sealed class MatcherTests
{
    private static readonly LabelSet Labels = new(new Dictionary<string, string>
    {
        ["alertname"] = "HighCommandFailureRate",
        ["severity"] = "critical",
        ["service"] = "webhook",
    });

    [Theory]
    [InlineData("severity", MatchOperator.Equal, "critical", true)]
    [InlineData("severity", MatchOperator.Equal, "crit", false)]
    [InlineData("severity", MatchOperator.NotEqual, "warning", true)]
    [InlineData("severity", MatchOperator.NotEqual, "critical", false)]
    [InlineData("severity", MatchOperator.Regex, "crit.*", true)]
    [InlineData("severity", MatchOperator.NotRegex, "crit.*", false)]
    [InlineData("service", MatchOperator.Regex, "webhook|redis", true)]
    [InlineData("service", MatchOperator.Regex, "web|redis", false)]
    public void Each_operator_matches_a_label_set(string name, MatchOperator type, string value, bool expected) =>
        Assert.Equal(expected, new Matcher(name, type, value).Matches(Labels));

    [Theory]
    [InlineData("crit", false)]
    [InlineData("ritical", false)]
    [InlineData("critica", false)]
    [InlineData("critical", true)]
    public void A_regex_must_match_the_whole_value(string pattern, bool expected) =>
        Assert.Equal(expected, new Matcher("severity", MatchOperator.Regex, pattern).Matches(Labels));

    [Fact]
    public void A_regex_anchor_does_not_accept_a_trailing_newline()
    {
        var matcher = new Matcher("summary", MatchOperator.Regex, "done");

        Assert.False(matcher.Matches("done\n"));
        Assert.True(matcher.Matches("done"));
    }

    [Fact]
    public void A_missing_label_matches_as_the_empty_string()
    {
        Assert.True(new Matcher("team", MatchOperator.Equal, "").Matches(Labels));
        Assert.True(new Matcher("team", MatchOperator.Regex, ".*").Matches(Labels));
        Assert.False(new Matcher("team", MatchOperator.Regex, ".+").Matches(Labels));
        Assert.True(new Matcher("team", MatchOperator.NotEqual, "ops").Matches(Labels));
    }

    [Theory]
    [InlineData(false, true, MatchOperator.Equal)]
    [InlineData(false, false, MatchOperator.NotEqual)]
    [InlineData(true, true, MatchOperator.Regex)]
    [InlineData(true, false, MatchOperator.NotRegex)]
    public void Api_flags_map_to_operators_and_back(bool isRegex, bool isEqual, MatchOperator type)
    {
        var matcher = Matcher.FromApi("a", "b", isRegex, isEqual);

        Assert.Equal(type, matcher.Operator);
        Assert.Equal(isRegex, matcher.IsRegex);
        Assert.Equal(isEqual, matcher.IsEqual);
    }
}
