using OpsConsole.Testing;
using OpsConsole.Web.Storage;

namespace OpsConsole.IntegrationTests.Storage;

/// <summary>The store ports behave the same on SQLite and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StorePortTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 3, 2, 1, 123, TimeSpan.Zero);

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Audit_query_pages_newest_first_and_filters_by_actor_action_prefix_and_time(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var audit = store.Host.Get<IAuditLog>();
        foreach (var (actor, action) in new[] { ("alice", "auth.signed-in"), ("bob", "alert.acked"), ("alice", "alert.acked"), ("alice", "auth.signed-out") })
        {
            await audit.WriteAsync(new AuditRecord { Actor = actor, Action = action, Target = "fp-1" }, CancellationToken.None);
        }

        var all = await audit.QueryAsync(new AuditQuery { PageSize = 2 }, CancellationToken.None);
        var second = await audit.QueryAsync(new AuditQuery { PageSize = 2, Page = 2 }, CancellationToken.None);
        var alice = await audit.QueryAsync(new AuditQuery { Actor = "alice" }, CancellationToken.None);
        var auth = await audit.QueryAsync(new AuditQuery { Action = "auth." }, CancellationToken.None);
        var future = await audit.QueryAsync(new AuditQuery { From = DateTimeOffset.UtcNow.AddHours(1) }, CancellationToken.None);
        var past = await audit.QueryAsync(new AuditQuery { To = DateTimeOffset.UtcNow.AddHours(1) }, CancellationToken.None);

        Assert.Equal(4, all.Total);
        Assert.Equal(["auth.signed-out", "alert.acked"], all.Entries.Select(e => e.Action).ToArray());
        Assert.Equal(["alert.acked", "auth.signed-in"], second.Entries.Select(e => e.Action).ToArray());
        Assert.Equal(3, alice.Total);
        Assert.Equal(["auth.signed-out", "auth.signed-in"], auth.Entries.Select(e => e.Action).ToArray());
        Assert.Equal(0, future.Total);
        Assert.Equal(4, past.Total);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task An_ack_is_found_while_open_follows_a_new_silence_id_and_stays_as_history_when_ended(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var acks = store.Host.Get<IAckStore>();

        var ack = await acks.AddAsync(new NewAck { Fingerprint = "fp-9", SilenceId = "s-1", By = "alice", At = T0, Note = "looking" }, CancellationToken.None);
        Assert.True(await acks.UpdateSilenceIdAsync(ack.Id, "s-2", CancellationToken.None));
        var open = await acks.FindActiveAsync("fp-9", CancellationToken.None);
        Assert.True(await acks.EndAsync(ack.Id, T0.AddMinutes(5), CancellationToken.None));
        Assert.False(await acks.EndAsync(ack.Id, T0.AddMinutes(6), CancellationToken.None));

        Assert.NotNull(open);
        Assert.Equal(("s-2", "alice", T0, "looking"), (open.SilenceId, open.By, open.At, open.Note));
        Assert.Null(await acks.FindActiveAsync("fp-9", CancellationToken.None));
        Assert.Empty(await acks.ListActiveAsync(CancellationToken.None));
        var history = Assert.Single(await acks.HistoryAsync("fp-9", CancellationToken.None));
        Assert.Equal(T0.AddMinutes(5), history.EndedAt);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Alert_history_keeps_labels_and_reads_back_newest_first(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var history = store.Host.Get<IAlertHistoryStore>();
        var labels = new Dictionary<string, string> { ["alertname"] = "WebhookLatencyHigh", ["service"] = "webhook", ["描述"] = "延迟" };

        await history.AppendAsync(new NewAlertHistoryEntry { Fingerprint = "fp-1", AlertName = "WebhookLatencyHigh", Labels = labels, State = "firing", At = T0 }, CancellationToken.None);
        await history.AppendAsync(new NewAlertHistoryEntry { Fingerprint = "fp-1", AlertName = "WebhookLatencyHigh", Labels = labels, State = "acknowledged", At = T0.AddMinutes(1), By = "bob" }, CancellationToken.None);
        await history.AppendAsync(new NewAlertHistoryEntry { Fingerprint = "fp-2", AlertName = "Other", Labels = labels, State = "firing", At = T0.AddMinutes(2) }, CancellationToken.None);

        var one = await history.ForFingerprintAsync("fp-1", 10, CancellationToken.None);
        var recent = await history.SinceAsync(T0.AddSeconds(30), 10, CancellationToken.None);

        Assert.Equal(["acknowledged", "firing"], one.Select(e => e.State).ToArray());
        Assert.Equal("bob", one[0].By);
        Assert.Equal(labels, one[1].Labels);
        Assert.Equal(["fp-2", "fp-1"], recent.Select(e => e.Fingerprint).ToArray());
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Saved_queries_are_replaced_by_name_shared_with_everyone_and_deleted_only_by_their_owner(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var queries = store.Host.Get<ISavedQueryStore>();

        await queries.SaveAsync("alice", "latency", "histogram_quantile(0.99, x)", shared: false, CancellationToken.None);
        var replaced = await queries.SaveAsync("alice", "latency", "histogram_quantile(0.95, x)", shared: true, CancellationToken.None);
        await queries.SaveAsync("bob", "private", "up", shared: false, CancellationToken.None);

        var forBob = await queries.ListAsync("bob", CancellationToken.None);
        Assert.Equal(["latency", "private"], forBob.Select(q => q.Name).ToArray());
        Assert.Equal("histogram_quantile(0.95, x)", forBob[0].Expression);
        Assert.False(await queries.DeleteAsync("bob", replaced.Id, CancellationToken.None));
        Assert.True(await queries.DeleteAsync("alice", replaced.Id, CancellationToken.None));
        Assert.Equal(["private"], (await queries.ListAsync("bob", CancellationToken.None)).Select(q => q.Name).ToArray());
    }

    private async Task<OpenStore> OpenAsync(StoreKind kind)
    {
        var data = new TemporaryDirectory("store-ports");
        var (host, _) = await ConsoleHost.StartAsync(kind, data, postgres);
        return new OpenStore(host, data);
    }

    private sealed record OpenStore(ConsoleHost Host, TemporaryDirectory Data) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            Data.Dispose();
        }
    }
}
