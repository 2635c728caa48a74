namespace OpsConsole.BrowserTests.Investigate;

/// <summary>The fleet stack plus one recording rule that fails at every evaluation, for the targets and rules pages.</summary>
public sealed class InvestigateFleet : ConsoleWithFleet
{
    public const string BrokenGroup = "test-broken";
    public const string BrokenRule = "test:up:many_to_many";

    // Every job has several instances on both sides of on(job): Prometheus refuses many-to-many matching at evaluation.
    protected override IReadOnlyDictionary<string, string> ExtraRuleFiles { get; } = new Dictionary<string, string>
    {
        ["recording-test-broken.yml"] = $"""
            groups:
              - name: {BrokenGroup}
                interval: 5s
                rules:
                  - record: {BrokenRule}
                    expr: up * on(job) up
            """,
    };
}

/// <summary>One <see cref="InvestigateFleet"/> for the targets and rules classes.</summary>
[CollectionDefinition(Name)]
public sealed class InvestigateCollection : ICollectionFixture<InvestigateFleet>
{
    public const string Name = "investigate fleet";
}
