using OpsConsole.Web.Alerts;
using OpsConsole.Web.Components.Alerts;
using OpsConsole.Web.Tests.Localization;

namespace OpsConsole.Web.Tests.Alerts;

/// <summary>Services answer codes; the page words each one in the reader's language, never falling back to a generic text.</summary>
public sealed class AlertActionProblemTests
{
    public static TheoryData<AlertActionProblem> Problems => [.. Enum.GetValues<AlertActionProblem>().Where(p => p != AlertActionProblem.None)];

    [Theory]
    [MemberData(nameof(Problems))]
    public void Every_problem_has_its_own_words_in_both_languages(AlertActionProblem problem)
    {
        var result = new AlertActionResult { Outcome = AlertActionOutcome.Invalid, Problem = problem };

        var chinese = TextClasses.InCulture(TextClasses.Chinese, () => AlertsText.Problem(result));
        var english = TextClasses.InCulture(TextClasses.English, () => AlertsText.Problem(result));

        Assert.NotEqual(TextClasses.InCulture(TextClasses.English, () => AlertsText.ActionFailed), english);
        Assert.NotEqual(chinese, english);
        Assert.DoesNotContain('⟦', chinese + english);
    }

    [Fact]
    public void Alertmanager_s_own_words_are_quoted_after_ours_and_limits_are_named()
    {
        var refused = new AlertActionResult { Outcome = AlertActionOutcome.Invalid, Problem = AlertActionProblem.AlertmanagerRefused, Detail = "bad matcher" };
        var tooLong = new AlertActionResult { Outcome = AlertActionOutcome.Invalid, Problem = AlertActionProblem.NoteTooLong };

        Assert.Equal("Alertmanager 拒绝了该请求：bad matcher", TextClasses.InCulture(TextClasses.Chinese, () => AlertsText.Problem(refused)));
        Assert.Equal("Alertmanager refused it: bad matcher", TextClasses.InCulture(TextClasses.English, () => AlertsText.Problem(refused)));
        Assert.Equal("The note is longer than 1000 characters.", TextClasses.InCulture(TextClasses.English, () => AlertsText.Problem(tooLong)));
    }
}
