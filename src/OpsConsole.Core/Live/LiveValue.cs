namespace OpsConsole.Core.Live;

/// <summary>
/// What a live source knows: the last good value (default until the first success) with when it was fetched, and
/// the reason it is not current while fetching fails. A failure never blanks what was last shown.
/// </summary>
public sealed record LiveValue<T>(T? Value, DateTimeOffset? FetchedAt, LiveError? Error, long Version)
{
    public bool HasValue => FetchedAt is not null;

    public bool IsStale => Error is not null;
}
