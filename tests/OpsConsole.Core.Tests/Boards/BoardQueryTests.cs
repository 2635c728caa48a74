using OpsConsole.Core.Boards;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Boards;

public sealed class BoardQueryTests
{
    private static Dictionary<string, IReadOnlyList<string>> Selected(string name, params string[] values) =>
        new() { [name] = values };

    [Fact]
    public void A_single_value_replaces_dollar_name_and_braced_name()
    {
        var selected = Selected("region", "cn-east");

        Assert.Equal("""up{region=~"cn-east"} / x{r=~"cn-east"}""",
            BoardQuery.Substitute("""up{region=~"$region"} / x{r=~"${region}"}""", selected));
    }

    [Fact]
    public void Several_values_become_a_regex_alternation()
    {
        Assert.Equal("""up{region=~"cn-east|cn-north"}""",
            BoardQuery.Substitute("""up{region=~"$region"}""", Selected("region", "cn-east", "cn-north")));
    }

    [Fact]
    public void All_or_no_selection_matches_everything()
    {
        Assert.Equal("""up{region=~".*"}""", BoardQuery.Substitute("""up{region=~"$region"}""", Selected("region", BoardQuery.AllValue)));
        Assert.Equal("""up{region=~".*"}""", BoardQuery.Substitute("""up{region=~"$region"}""", Selected("region")));
    }

    [Fact]
    public void Regex_metacharacters_in_values_are_escaped_for_the_regex_and_the_string()
    {
        // The regex wants cn\.east, and inside a PromQL string the backslash itself is escaped.
        Assert.Equal("""up{region=~"cn\\.east|a\\(b\\)"}""",
            BoardQuery.Substitute("""up{region=~"$region"}""", Selected("region", "cn.east", "a(b)")));
    }

    [Fact]
    public void A_hostile_value_cannot_end_the_string_or_the_selector()
    {
        var expression = BoardQuery.Substitute("""sum(up{pod=~"$pod"})""", Selected("pod", "\"} or vector(1) #"));

        Assert.Equal("""sum(up{pod=~"\"\\} or vector\\(1\\) #"})""", expression);
        // Reading the string literal back gives a regex that matches only the value itself.
        var literal = expression["sum(up{pod=~\"".Length..^"\"})".Length];
        Assert.Equal("\"\\} or vector\\(1\\) #", Unescape(literal));
    }

    [Fact]
    public void Quotes_backslashes_and_newlines_in_values_are_escaped()
    {
        var expression = BoardQuery.Substitute("""x{a=~"$a"}""", Selected("a", "say \"hi\"", @"C:\temp", "two\nlines"));

        Assert.Equal("""x{a=~"say \"hi\"|C:\\\\temp|two\nlines"}""", expression);
    }

    [Fact]
    public void Unknown_names_and_label_replace_groups_stay_as_written()
    {
        const string expression = """label_replace(up{a=~"$other"}, "b", "$1", "a", "(.*)")""";

        Assert.Equal(expression, BoardQuery.Substitute(expression, Selected("region", "x")));
    }

    [Fact]
    public void A_substituted_value_is_not_substituted_again()
    {
        var selected = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["$b"], ["b"] = ["boom"] };

        Assert.Equal("""x{a=~"\\$b"}""", BoardQuery.Substitute("""x{a=~"$a"}""", selected));
    }

    [Fact]
    public void Referenced_variables_are_listed_once_in_order() =>
        Assert.Equal(["topic", "group"], BoardQuery.ReferencedVariables("""x{t=~"$topic", g=~"${group}"} / y{t=~"$topic"}"""));

    [Fact]
    public void A_legend_template_fills_labels_and_leaves_missing_ones_empty()
    {
        var labels = new LabelSet([new("pod", "webhook-1"), new("uri", "/t")]);

        Assert.Equal("webhook-1 · /t · ", LegendTemplate.Render("{{pod}} · {{ uri }} · {{missing}}", labels));
        Assert.Equal("""{pod="webhook-1", uri="/t"}""", LegendTemplate.Render(null, labels));
    }

    [Fact]
    public void A_query_variable_takes_the_first_group_of_its_regex_from_each_series()
    {
        var source = new QueryResultSource("up", "pod=\"([^\"]+)\"");
        var series = new[]
        {
            new LabelSet([new("__name__", "up"), new("pod", "b")]),
            new LabelSet([new("__name__", "up"), new("pod", "a")]),
            new LabelSet([new("__name__", "up"), new("pod", "b")]),
            new LabelSet([new("__name__", "up")]),
        };

        Assert.Equal(["b", "a"], source.ExtractValues(series));
    }

    [Fact]
    public void A_threshold_colour_is_that_of_the_last_threshold_reached()
    {
        Threshold[] thresholds = [new(0, "red"), new(0.9, "yellow"), new(0.95, "green")];

        Assert.Null(Threshold.ColorFor(thresholds, -1));
        Assert.Equal("red", Threshold.ColorFor(thresholds, 0.5));
        Assert.Equal("yellow", Threshold.ColorFor(thresholds, 0.9));
        Assert.Equal("green", Threshold.ColorFor(thresholds, 0.99));
    }

    [Theory]
    [InlineData("10s", 10)]
    [InlineData("1h30m", 5400)]
    [InlineData("30d", 2_592_000)]
    [InlineData("1500ms", 1.5)]
    public void Prometheus_durations_parse(string text, double seconds)
    {
        Assert.True(PromDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("1.5h")]
    [InlineData("30m1h")]
    [InlineData("0s")]
    [InlineData("-5m")]
    public void Malformed_durations_do_not_parse(string text) => Assert.False(PromDuration.TryParse(text, out _));

    [Theory]
    [InlineData("now", 0)]
    [InlineData("now-5m", 300)]
    [InlineData("now-30d", 2_592_000)]
    public void Relative_times_round_trip(string text, double secondsAgo)
    {
        Assert.True(RelativeTime.TryParse(text, out var time));
        Assert.Equal(TimeSpan.FromSeconds(secondsAgo), time.Ago);
        Assert.Equal(text, time.ToString());
    }

    // What the PromQL lexer does to a double-quoted string: \x becomes x for quote and backslash, \n a newline.
    private static string Unescape(string literal)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == '\\' && i + 1 < literal.Length)
            {
                i++;
                text.Append(literal[i] == 'n' ? '\n' : literal[i]);
            }
            else
            {
                Assert.NotEqual('"', literal[i]);
                text.Append(literal[i]);
            }
        }
        return text.ToString();
    }
}
