namespace OpsConsole.Web.Identity;

/// <summary>A kiosk signs in as <c>kiosk:&lt;token name&gt;</c>: the name in the audit log, and how a screen finds its token.</summary>
public static class KioskNames
{
    private const string Prefix = "kiosk:";

    public static string PrincipalName(string tokenName) => Prefix + tokenName;

    /// <summary>The token's name from a kiosk's principal name (the name itself when it has no prefix).</summary>
    public static string TokenName(string principalName) =>
        principalName.StartsWith(Prefix, StringComparison.Ordinal) ? principalName[Prefix.Length..] : principalName;
}
