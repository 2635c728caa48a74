using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpsConsole.Web.Storage;

/// <summary>
/// Every timestamp is stored as UTC Unix milliseconds (a 64-bit integer on both providers): SQLite cannot
/// order or compare DateTimeOffset, and one column type keeps the migrations provider-neutral.
/// </summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
