namespace OpsConsole.Web.Identity;

/// <summary>Return URLs are local paths only, so a sign-in link cannot send anyone to another site.</summary>
public static class LocalPath
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal) && !url.Any(char.IsControl);

    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";
}
