using System.Collections.Concurrent;
using OpsConsole.Web.Storage;

namespace OpsConsole.Web.Localization;

/// <summary>
/// The stored language of signed-in users, read for every request of theirs (the page, its assets, the circuit):
/// held briefly so a page load costs one store read, and forgotten at once when the user switches.
/// </summary>
public sealed partial class UserLanguages(IUserPreferenceStore store, TimeProvider time, ILogger<UserLanguages> logger)
{
    internal static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string? Language, DateTimeOffset Until)> _held = new(StringComparer.Ordinal);

    /// <summary>The user's stored culture name, or null when they never chose one (or the store cannot answer).</summary>
    public async Task<string?> GetAsync(string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_held.TryGetValue(userName, out var held) && held.Until > now)
        {
            return held.Language;
        }
        string? language;
        try
        {
            language = (await store.GetAsync(userName, cancellationToken).ConfigureAwait(false))?.Language;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cookie or the browser's language still chooses; a page is not worth failing for this.
            LogNotRead(logger, ex, userName);
            return null;
        }
        _held[userName] = (language, now + HoldFor);
        return language;
    }

    /// <summary>Drops what is held for the user, so their next request reads the store (after they switch).</summary>
    public void Forget(string userName) => _held.TryRemove(userName, out _);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the language preference of {User}")]
    private static partial void LogNotRead(ILogger logger, Exception exception, string user);
}
