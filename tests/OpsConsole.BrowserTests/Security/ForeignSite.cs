using System.Net;
using System.Text;
using OpsConsole.Testing;

namespace OpsConsole.BrowserTests.Security;

/// <summary>
/// Somebody else's page on another port of the same host (127.0.0.1): same site as the console, so the browser sends
/// the console's SameSite=Lax cookie along with whatever this page's script asks for. Serves one empty page.
/// </summary>
public sealed class ForeignSite : IAsyncDisposable
{
    private const string Page = "<!doctype html><html><head><title>elsewhere</title></head><body>nothing to see</body></html>";
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    private ForeignSite(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public Uri Url { get; }

    /// <summary>Starts on a free port; another one when a different process took it in between.</summary>
    public static ForeignSite Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new ForeignSite(FreePort.Next());
            }
            catch (HttpListenerException) when (attempt < 3)
            {
                // Taken between the probe and our bind: try the next port.
            }
        }
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var body = Encoding.UTF8.GetBytes(Page);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, cancellationToken);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _listener.Close();
        _stop.Dispose();
    }
}
