namespace OpsConsole.Testing;

internal static class HttpProbe
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static async Task<bool> IsOkAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(url, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public static Task<string> GetStringAsync(Uri url, CancellationToken cancellationToken) =>
        Client.GetStringAsync(url, cancellationToken);

    public static async Task PostAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await Client.PostAsync(url, content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
