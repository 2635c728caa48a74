using System.Globalization;
using System.Net.Sockets;
using System.Text;
using OpsConsole.Simulator.Hosting;

namespace OpsConsole.Simulator.Redis;

/// <summary>
/// A minimal RESP2 client over one TCP connection: commands are buffered and sent together (pipelining),
/// replies are read back in order.
/// </summary>
internal sealed class RespConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly MemoryStream _pending = new();
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RespConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RespConnection> ConnectAsync(RedisEndpoint endpoint, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new RespConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Queues a command; nothing is sent until <see cref="FlushAsync"/>.</summary>
    public void Enqueue(params ReadOnlySpan<string> arguments)
    {
        WriteAscii($"*{arguments.Length}\r\n");
        foreach (var argument in arguments)
        {
            var bytes = Encoding.UTF8.GetBytes(argument);
            WriteAscii($"${bytes.Length}\r\n");
            _pending.Write(bytes);
            WriteAscii("\r\n");
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
        _pending.SetLength(0);
    }

    public async Task<RespValue> ReadAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        var payload = line[1..];
        switch (line[0])
        {
            case '+':
                return new RespValue(RespKind.SimpleString, payload, 0);
            case '-':
                return new RespValue(RespKind.Error, payload, 0);
            case ':':
                return new RespValue(RespKind.Integer, null, long.Parse(payload, CultureInfo.InvariantCulture));
            case '$':
                var length = int.Parse(payload, CultureInfo.InvariantCulture);
                if (length < 0)
                {
                    return new RespValue(RespKind.Null, null, 0);
                }

                var bytes = await ReadExactAsync(length + 2, cancellationToken).ConfigureAwait(false);
                return new RespValue(RespKind.BulkString, Encoding.UTF8.GetString(bytes, 0, length), 0);
            case '*':
                var count = int.Parse(payload, CultureInfo.InvariantCulture);
                for (var i = 0; i < count; i++)
                {
                    await ReadAsync(cancellationToken).ConfigureAwait(false);
                }

                return count < 0 ? new RespValue(RespKind.Null, null, 0) : new RespValue(RespKind.Array, null, count);
            default:
                throw new IOException($"Redis sent a reply starting with '{line[0]}', which is not RESP.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
        await _pending.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteAscii(string text) => _pending.Write(Encoding.ASCII.GetBytes(text));

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf("\r\n"u8);
            if (newline >= 0)
            {
                var line = Encoding.UTF8.GetString(available[..newline]);
                _start += newline + 2;
                if (line.Length == 0)
                {
                    throw new IOException("Redis sent an empty reply line.");
                }

                return line;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var take = Math.Min(count - copied, _end - _start);
            _buffer.AsSpan(_start, take).CopyTo(result.AsSpan(copied));
            _start += take;
            copied += take;
        }

        return result;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new IOException("A Redis reply line is longer than the read buffer.");
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new IOException("Redis closed the connection.");
        }

        _end += read;
    }
}
