namespace OpsConsole.Core.Tests.Live;

/// <summary>A fetch that answers the number of calls so far, or throws what the test set.</summary>
internal sealed class CountingFetch
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Exception? Failure { get; set; }

    public Task<int> FetchAsync(string key, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        return Failure is { } failure ? Task.FromException<int>(failure) : Task.FromResult(call);
    }
}
