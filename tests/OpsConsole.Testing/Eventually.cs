namespace OpsConsole.Testing;

/// <summary>
/// The one way a test waits: poll a condition until a deadline instead of sleeping for timing. A timeout says
/// what was awaited and what was last seen; a process the wait depends on that has exited fails it at once
/// (with that process's output) instead of costing the whole deadline.
/// </summary>
public static class Eventually
{
    /// <summary>How often a condition is probed; short, since a probe is cheap next to the work it waits for.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// The bound for effects inside the test process (another thread, a render): generous, since the machine is
    /// shared, and a passing test never waits this long.
    /// </summary>
    public static readonly TimeSpan InProcessDeadline = TimeSpan.FromSeconds(10);

    /// <summary>Waits until <paramref name="probe"/> returns a value that is neither null nor false, and returns it.</summary>
    public static async Task<T> Until<T>(
        Func<CancellationToken, Task<T?>> probe,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default,
        params IWatchedProcess[] dependsOn)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var lastSeen = "nothing yet";
        var found = await Poll(async ct =>
        {
            var value = await probe(ct);
            lastSeen = Describe(value);
            return value is not null && value is not false ? (true, value) : (false, default(T));
        }, timeout, whatWeWaitFor, () => lastSeen, cancellationToken, dependsOn);
        return found!;
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task Until(
        Func<CancellationToken, Task<bool>> condition,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default,
        params IWatchedProcess[] dependsOn)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Poll(async ct => (await condition(ct), true), timeout, whatWeWaitFor, () => "false", cancellationToken, dependsOn);
    }

    /// <summary>Waits until a condition that another thread makes true holds.</summary>
    public static Task Until(
        Func<bool> condition,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Poll(_ => Task.FromResult((condition(), true)), timeout, whatWeWaitFor, () => "false", cancellationToken, []);
    }

    /// <summary>
    /// Reads a value until <paramref name="done"/> accepts it and returns it; a timeout names the last value read,
    /// so a failure shows how close the system came.
    /// </summary>
    public static async Task<T> Seen<T>(
        Func<CancellationToken, Task<T>> read,
        Func<T, bool> done,
        TimeSpan timeout,
        string whatWeWaitFor,
        CancellationToken cancellationToken = default,
        params IWatchedProcess[] dependsOn)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var lastSeen = "nothing yet";
        return await Poll(async ct =>
        {
            var value = await read(ct);
            lastSeen = Describe(value);
            return (done(value), value);
        }, timeout, whatWeWaitFor, () => lastSeen, cancellationToken, dependsOn);
    }

    private static async Task<T> Poll<T>(
        Func<CancellationToken, Task<(bool Done, T Value)>> attempt,
        TimeSpan timeout,
        string whatWeWaitFor,
        Func<string> lastSeen,
        CancellationToken cancellationToken,
        IWatchedProcess[] dependsOn)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        Exception? lastError = null;
        while (true)
        {
            ThrowIfAnyExited(dependsOn, whatWeWaitFor);
            try
            {
                var (done, value) = await attempt(deadline.Token);
                if (done)
                {
                    return value;
                }
                lastError = null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !deadline.IsCancellationRequested)
            {
                lastError = ex;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The probe itself ran into the deadline: report it like any other timeout below.
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ThrowIfAnyExited(dependsOn, whatWeWaitFor);
                throw new TimeoutException(
                    $"Timed out after {timeout.TotalSeconds:0.#} s waiting for {whatWeWaitFor}; last seen: {lastSeen()}." +
                    (lastError is null ? string.Empty : $" Last error: {lastError.GetType().Name}: {lastError.Message}"),
                    lastError);
            }
        }
    }

    private static void ThrowIfAnyExited(IWatchedProcess[] dependsOn, string whatWeWaitFor)
    {
        foreach (var process in dependsOn)
        {
            if (process.HasExited)
            {
                var report = process.ExitReport();
                throw new ProcessExitedException(
                    $"Gave up waiting for {whatWeWaitFor}: {process.Name} has exited. {report}",
                    report.Contains("address already in use", StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{(text.Length > 300 ? text[..300] + "…" : text)}\"",
        _ => value.ToString() ?? "null",
    };
}
