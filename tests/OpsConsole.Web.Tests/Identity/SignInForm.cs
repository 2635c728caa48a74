using System.Net;
using System.Text.RegularExpressions;

namespace OpsConsole.Web.Tests.Identity;

/// <summary>Signs in the way a browser does: fetch the form (antiforgery token and cookie), post it.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string userName, string password, string returnUrl = "/", string? forwardedFor = null)
    {
        var page = await client.GetStringAsync(new Uri($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));
        var token = AntiforgeryToken().Match(page).Groups["token"].Value;
        Assert.False(string.IsNullOrEmpty(token), "The sign-in page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "sign-in",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.ReturnUrl"] = returnUrl,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative)) { Content = form };
        return await client.SendAsync(request);
    }

    public static async Task<bool> ShowsErrorAsync(HttpResponseMessage response, string text) =>
        (await response.Content.ReadAsStringAsync()).Contains("data-testid=\"sign-in-error\"", StringComparison.Ordinal)
        && WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
