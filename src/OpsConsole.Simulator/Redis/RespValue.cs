namespace OpsConsole.Simulator.Redis;

internal enum RespKind
{
    SimpleString,
    Error,
    Integer,
    BulkString,
    Array,
    Null,
}

/// <summary>One RESP reply. Arrays are read but their items are not kept: the workload never needs them.</summary>
internal readonly record struct RespValue(RespKind Kind, string? Text, long Integer)
{
    public bool IsNull => Kind == RespKind.Null;
}
