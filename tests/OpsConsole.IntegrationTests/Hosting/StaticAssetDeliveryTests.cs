using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OpsConsole.Testing;

namespace OpsConsole.IntegrationTests.Hosting;

/// <summary>
/// What a cold page load downloads from the real console: every stylesheet and script the page links (MudBlazor's
/// included) comes compressed and, under its fingerprinted URL, cached for a year.
/// </summary>
public sealed partial class StaticAssetDeliveryTests
{
    [Fact]
    public async Task Every_stylesheet_and_script_of_the_page_is_served_compressed_and_immutable()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var console = await ConsoleServer.StartAsync(new Dictionary<string, string>
        {
            ["Prometheus:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
            // Serve the build output as a published console does: ASP.NET Core turns caching off for a build manifest
            // so that edits to wwwroot show up while developing.
            ["ReloadStaticAssetsAtRuntime"] = "false",
        }, timeout.Token);
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = console.Url };

        var page = await client.GetStringAsync(new Uri("account/sign-in", UriKind.Relative), timeout.Token);
        var assets = LinkedAsset().Matches(page).Concat(ImportMapTarget().Matches(page))
            .Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains(assets, url => url.StartsWith("dist/charts.", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.Contains("MudBlazor.min", StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.Contains("MudBlazor.min", StringComparison.Ordinal) && url.EndsWith(".js", StringComparison.Ordinal));

        var problems = new List<string>();
        foreach (var url in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request, timeout.Token);
            var encoding = string.Join(",", response.Content.Headers.ContentEncoding);
            var caching = response.Headers.CacheControl?.ToString() ?? "";
            if (response.StatusCode != HttpStatusCode.OK || encoding is not ("br" or "gzip") || !caching.Contains("immutable", StringComparison.Ordinal))
            {
                problems.Add($"{url}: {(int)response.StatusCode}, Content-Encoding '{encoding}', Cache-Control '{caching}'");
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {assets.Count} linked assets are not compressed and immutable:\n{string.Join('\n', problems)}");
    }

    // The page's own stylesheets and scripts (relative URLs under <base href="/">).
    [GeneratedRegex(@"<(?:link rel=""stylesheet"" href|script src)=""(?<url>[^""/:][^"":]*\.(?:css|js))""")]
    private static partial Regex LinkedAsset();

    // The modules components import later ("./dist/charts.js" → its fingerprinted file), from the page's import map. A
    // package's files (_content/) are listed there whether or not anything imports them: the page loads MudBlazor's
    // script from vendor/, and nothing imports the package's copy.
    [GeneratedRegex(@":\s*""\./(?<url>(?!_content/)[^""]+\.js)""")]
    private static partial Regex ImportMapTarget();
}
