namespace OpsConsole.Web.Components.Account;

/// <summary>The words of sign-in, sign-out and access denied, in one place until localization arrives.</summary>
internal static class AccountText
{
    public const string SignInTitle = "登录 · Sign in";
    public const string UserName = "用户名 · User name";
    public const string Password = "密码 · Password";
    public const string SignIn = "登录 · Sign in";
    public const string SignInWith = "通过单点登录 · Sign in with";
    public const string InvalidCredentials = "用户名或密码错误。 · Wrong user name or password.";
    public const string LockedOut = "失败次数过多，账户已暂时锁定，请稍后再试。 · Too many failed attempts: this account is locked for a while; try again later.";
    public const string Throttled = "尝试次数过多，请稍后再试。 · Too many attempts; wait a minute and try again.";
    public const string SignOut = "退出登录 · Sign out";
    public const string AccessDeniedTitle = "无权访问 · Access denied";
    public const string AccessDenied = "您的角色无权查看此页面。 · Your role may not open this page.";
    public const string GoHome = "返回首页 · Home";
    public const string SignedInAs = "已登录 · Signed in as";
}
