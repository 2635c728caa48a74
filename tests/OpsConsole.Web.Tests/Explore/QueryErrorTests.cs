using OpsConsole.Web.Explore.Queries;

namespace OpsConsole.Web.Tests.Explore;

public sealed class QueryErrorTests
{
    [Theory]
    [InlineData("invalid parameter \"query\": 1:17: parse error: unclosed left parenthesis", "sum(rate(up[1m])", 16)]
    [InlineData("1:1: parse error: unexpected end of input", "", 0)]
    [InlineData("2:5: parse error: unexpected identifier \"bar\"", "sum(\n  up bar)", 9)]
    [InlineData("1:15: parse error: unexpected \"}\"", "up{区域=\"x\"}}", 10)]
    public void A_parse_error_is_placed_where_Prometheus_says(string message, string expression, int offset)
    {
        Assert.Equal(offset, QueryError.PositionOf(message, expression));
    }

    [Theory]
    [InlineData("found duplicate series for the match group", "a / b")]
    [InlineData("9:1: parse error: somewhere else", "up")]
    public void An_error_without_a_place_in_the_expression_has_no_position(string message, string expression)
    {
        Assert.Null(QueryError.PositionOf(message, expression));
    }
}
