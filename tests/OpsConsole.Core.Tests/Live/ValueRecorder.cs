using OpsConsole.Core.Live;
using OpsConsole.Testing;

namespace OpsConsole.Core.Tests.Live;

/// <summary>A viewer that remembers every value it was given and lets a test await one.</summary>
internal sealed class ValueRecorder<T>
{
    private readonly Lock _gate = new();
    private readonly List<LiveValue<T>> _values = [];

    public IReadOnlyList<LiveValue<T>> Values
    {
        get
        {
            lock (_gate)
            {
                return [.. _values];
            }
        }
    }

    public ValueTask OnValue(LiveValue<T> value, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _values.Add(value);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The newest value once it satisfies <paramref name="done"/>; a timeout names the last one seen.</summary>
    public async Task<LiveValue<T>> WaitForAsync(Func<LiveValue<T>, bool> done, string what) =>
        (await Eventually.Seen(_ => Task.FromResult(Values.LastOrDefault()), value => value is not null && done(value),
            Eventually.InProcessDeadline, what))!;
}
