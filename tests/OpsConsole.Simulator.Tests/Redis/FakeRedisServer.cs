using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpsConsole.Simulator.Tests.Redis;

/// <summary>Just enough of Redis for the workload: GET and SET (with EX) over RESP, and a way to drop clients.</summary>
internal sealed class FakeRedisServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, string> _store = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accepting;
    private int _gets;
    private int _hits;
    private int _setsWithTtl;
    private int _connections;

    public FakeRedisServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Gets => Volatile.Read(ref _gets);

    public int Hits => Volatile.Read(ref _hits);

    public int SetsWithTtl => Volatile.Read(ref _setsWithTtl);

    public int Connections => Volatile.Read(ref _connections);

    public void DropClients()
    {
        while (_clients.TryTake(out var client))
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropClients();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _clients.Add(client);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using var reader = new StreamReader(client.GetStream(), Encoding.UTF8);
            var stream = client.GetStream();
            while (await reader.ReadLineAsync(_stop.Token) is { } header)
            {
                var arguments = new string[int.Parse(header[1..], System.Globalization.CultureInfo.InvariantCulture)];
                for (var i = 0; i < arguments.Length; i++)
                {
                    _ = await reader.ReadLineAsync(_stop.Token);
                    arguments[i] = (await reader.ReadLineAsync(_stop.Token))!;
                }

                var reply = Execute(arguments);
                await stream.WriteAsync(Encoding.UTF8.GetBytes(reply), _stop.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // A dropped client is what the reconnect test wants.
        }
    }

    private string Execute(string[] arguments)
    {
        switch (arguments[0])
        {
            case "GET":
                Interlocked.Increment(ref _gets);
                if (_store.TryGetValue(arguments[1], out var value))
                {
                    Interlocked.Increment(ref _hits);
                    return $"${Encoding.UTF8.GetByteCount(value)}\r\n{value}\r\n";
                }

                return "$-1\r\n";
            case "SET":
                _store[arguments[1]] = arguments[2];
                if (arguments.Length == 5 && arguments[3] == "EX" && int.Parse(arguments[4], System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    Interlocked.Increment(ref _setsWithTtl);
                }

                return "+OK\r\n";
            default:
                return $"-ERR unknown command '{arguments[0]}'\r\n";
        }
    }
}
