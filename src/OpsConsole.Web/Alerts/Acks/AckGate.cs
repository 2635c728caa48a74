namespace OpsConsole.Web.Alerts.Acks;

/// <summary>
/// Serialises every change to acknowledgements (users' clicks, the lifecycle ending or extending them), so two
/// operators clicking at once make one silence, not two. Acks are rare; one gate is plenty.
/// </summary>
internal sealed class AckGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
