namespace OpsConsole.Web.Security;

/// <summary>The console's four roles, exactly as they appear in configuration and in role claims.</summary>
public static class Roles
{
    /// <summary>Reads boards, alerts, silences, explore.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Viewer plus acting on alerts and silences (ack, silence, expire).</summary>
    public const string Operator = "Operator";

    /// <summary>Operator plus the audit log, users and backends.</summary>
    public const string Admin = "Admin";

    /// <summary>A wall screen: boards and the wall view, nothing else.</summary>
    public const string Kiosk = "Kiosk";

    public static IReadOnlyList<string> All { get; } = [Viewer, Operator, Admin, Kiosk];

    /// <summary>The configured spelling of a role (case-insensitive), or null when it is none of ours.</summary>
    public static string? Normalize(string? role) =>
        All.FirstOrDefault(known => string.Equals(known, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
