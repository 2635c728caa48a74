using OpsConsole.Core.Metrics;

namespace OpsConsole.Web.Components.Live;

/// <summary>
/// The last good value of a panel plus the error of the latest refresh, if it failed.
/// A failed refresh never clears the value: the panel keeps showing it, marked stale.
/// </summary>
public sealed class LiveValue<T>
{
    public T? Value { get; private set; }

    public bool HasValue { get; private set; }

    /// <summary>When <see cref="Value"/> was fetched.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Why the latest refresh failed; null after a success.</summary>
    public string? Error { get; private set; }

    public bool IsStale => Error is not null;

    /// <returns>True when this refresh turned a healthy panel into a failing one (worth a log line).</returns>
    public async Task<bool> RefreshAsync(Func<CancellationToken, Task<T>> fetch, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var wasFailing = IsStale;
        try
        {
            Value = await fetch(cancellationToken).ConfigureAwait(false);
            HasValue = true;
            UpdatedAt = timeProvider.GetUtcNow();
            Error = null;
            return false;
        }
        catch (MetricsQueryException exception)
        {
            Error = exception.IsUnreachable ? "Prometheus unreachable" : $"{exception.ErrorType}: {exception.Message}";
            return !wasFailing;
        }
    }
}
