namespace OpsConsole.Web.Security;

/// <summary>
/// Authorization policy names. Put one on every page (<c>@attribute [Authorize(Policy = Policies.View)]</c>),
/// every endpoint (<c>.RequireAuthorization(Policies.Operate)</c>) and every hub method. Anything without one
/// still requires a signed-in user (the fallback policy), and the role-matrix test fails until it is declared.
/// </summary>
public static class Policies
{
    /// <summary>Viewer, Operator, Admin: read everything that is not admin-only (not Kiosk).</summary>
    public const string View = "View";

    /// <summary>Operator, Admin: acknowledge alerts, create and expire silences.</summary>
    public const string Operate = "Operate";

    /// <summary>Admin: audit log, users, backends.</summary>
    public const string Administer = "Administer";

    /// <summary>Viewer, Operator, Admin, Kiosk: boards and the wall view.</summary>
    public const string ViewBoards = "ViewBoards";

    /// <summary>The roles each policy admits (the single source of truth for the policies and the tests).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesOf { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [View] = [Roles.Viewer, Roles.Operator, Roles.Admin],
        [Operate] = [Roles.Operator, Roles.Admin],
        [Administer] = [Roles.Admin],
        [ViewBoards] = [Roles.Viewer, Roles.Operator, Roles.Admin, Roles.Kiosk],
    };
}
