using System.Net.Http.Json;
using System.Text.Json;

namespace OpsConsole.BrowserTests.Investigate;

/// <summary>What the stack's Prometheus itself answers, to compare a page with.</summary>
internal static class PrometheusApi
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<JsonElement> DataAsync(Uri prometheus, string path, CancellationToken cancellationToken)
    {
        var answer = await Http.GetFromJsonAsync<JsonElement>(new Uri(prometheus, path), cancellationToken);
        return answer.GetProperty("data");
    }

    /// <summary>The active targets' instance labels.</summary>
    public static async Task<IReadOnlyList<string>> ActiveInstancesAsync(Uri prometheus, CancellationToken cancellationToken) =>
        [.. (await DataAsync(prometheus, "api/v1/targets?state=active", cancellationToken)).GetProperty("activeTargets").EnumerateArray()
            .Select(t => t.GetProperty("labels").GetProperty("instance").GetString()!)];
}
