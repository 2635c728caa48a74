using OpsConsole.Testing;
using System.Collections.Concurrent;
using OpsConsole.Core.Metrics;

namespace OpsConsole.Core.Tests.Feeds;

/// <summary>
/// A metrics backend that counts what it is asked. Range answers hold one series with a point per
/// step; <see cref="Hold"/> keeps queries waiting until released, <see cref="Failure"/> makes them fail.
/// </summary>
internal sealed class FakeMetricsSource : IMetricsSource
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _hold;
    private int _rangeCalls;
    private int _instantCalls;

    public static readonly LabelSet Labels = new([new("__name__", "up"), new("instance", "robot-data-service:9100")]);

    public ConcurrentQueue<RangeQuery> RangeQueries { get; } = new();

    public ConcurrentQueue<CancellationToken> Tokens { get; } = new();

    public ConcurrentQueue<DateTimeOffset?> InstantTimes { get; } = new();

    public int RangeCalls => Volatile.Read(ref _rangeCalls);

    public int InstantCalls => Volatile.Read(ref _instantCalls);

    public Exception? Failure { get; set; }

    public double Value { get; set; } = 1;

    /// <summary>From now on queries wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    public async Task<QueryResult<IReadOnlyList<MetricSeries>>> QueryRangeAsync(RangeQuery query, CancellationToken cancellationToken)
    {
        RangeQueries.Enqueue(query);
        Tokens.Enqueue(cancellationToken);
        Interlocked.Increment(ref _rangeCalls);
        Signal();
        await WaitIfHeldAsync(cancellationToken);
        ThrowIfFailing();

        var points = new List<SamplePoint>();
        for (var t = query.Start; t <= query.End; t += query.Step)
        {
            points.Add(new SamplePoint(t, Value));
        }

        return new QueryResult<IReadOnlyList<MetricSeries>>([new MetricSeries(Labels, points)], [], []);
    }

    public async Task<QueryResult<IReadOnlyList<InstantSample>>> QueryAsync(string expression, DateTimeOffset? time, CancellationToken cancellationToken)
    {
        InstantTimes.Enqueue(time);
        Interlocked.Increment(ref _instantCalls);
        Signal();
        await WaitIfHeldAsync(cancellationToken);
        ThrowIfFailing();
        return new QueryResult<IReadOnlyList<InstantSample>>([new InstantSample(Labels, new SamplePoint(time!.Value, Value))], [], []);
    }

    /// <summary>Waits, with a deadline, until at least <paramref name="count"/> range queries have arrived.</summary>
    public async Task WaitForRangeCallsAsync(int count)
    {
        using var deadline = new CancellationTokenSource(Eventually.InProcessDeadline);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (RangeCalls >= count)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(deadline.Token);
        }
    }

    private void Signal()
    {
        lock (_gate)
        {
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private async Task WaitIfHeldAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _hold) is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
    }

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
