namespace OpsConsole.Web.Storage;

/// <summary>Audit action names. Dotted, lower-case; the part before the first dot is the area.</summary>
public static class AuditActions
{
    public const string SignedIn = "auth.signed-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string SignInRefusedLockedOut = "auth.sign-in-refused-locked-out";
    public const string SignInThrottled = "auth.sign-in-throttled";
    public const string LockedOut = "auth.locked-out";
    public const string SignedOut = "auth.signed-out";
    public const string KioskSignedIn = "auth.kiosk-signed-in";
    public const string KioskTokenRejected = "auth.kiosk-token-rejected";
    public const string PreferenceChanged = "preferences.changed";
    public const string WallReloadPushed = "wall.reload-pushed";
    public const string WallNextPushed = "wall.next-pushed";
}
