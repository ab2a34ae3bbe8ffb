using System.Buffers;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A WebSocket with what both GraphQL subprotocols need: whole-message reads with a size cap, sends
/// serialised by a lock (a WebSocket allows one send at a time), JSON messages written straight into a
/// pooled buffer, and a close that sends the close frame once and lets the read loop drain.
/// </summary>
internal sealed class SocketConnection : ISocketSession
{
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly int _maxMessageBytes;
    private int _closing;

    public SocketConnection(HttpContext context, WebSocket socket, string protocol, int maxMessageBytes)
    {
        HttpContext = context;
        _socket = socket;
        Protocol = protocol;
        _maxMessageBytes = maxMessageBytes;
        User = context.User;
    }

    public HttpContext HttpContext { get; }
    public string Protocol { get; }
    public ClaimsPrincipal User { get; set; }
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Whether the server has begun closing (no more messages are processed or sent).</summary>
    public bool IsClosing => Volatile.Read(ref _closing) == 1 || _socket.State != WebSocketState.Open;

    /// <summary>The next message, or null when the client closed the socket (or it broke).</summary>
    public async ValueTask<SocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= _maxMessageBytes) return SocketMessage.TooLarge;
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _maxMessageBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) return SocketMessage.Closed;
                length += received.Count;
                if (length > _maxMessageBytes) return SocketMessage.TooLarge;
                if (!received.EndOfMessage) continue;
                if (received.MessageType != WebSocketMessageType.Text) return SocketMessage.Invalid;
                try
                {
                    return SocketMessage.Parse(buffer.AsMemory(0, length));
                }
                catch (JsonException)
                {
                    return SocketMessage.Invalid;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ConnectionAbortedException or IOException)
        {
            return SocketMessage.Closed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a message with <paramref name="write"/> (which writes one JSON object) and sends it.</summary>
    public async ValueTask SendAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write, CancellationToken cancellationToken = default)
    {
        if (IsClosing) return;
        using var buffer = new PooledBufferWriter();
        using (var writer = ExecutionResultWriter.CreateWriter(buffer))
        {
            write(writer, state);
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosing) return;
            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            // The client is gone; the read loop notices and ends the session.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends <c>{"type": type}</c> plus an optional id.</summary>
    public ValueTask SendTypeAsync(string type, string? id = null) =>
        SendAsync((type, id), static (w, s) =>
        {
            w.WriteStartObject();
            if (s.id is not null) w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, s.type);
            w.WriteEndObject();
        });

    /// <summary>Answers a close frame the client sent first, so its side sees a clean close with its own code.</summary>
    public async ValueTask CompleteCloseAsync()
    {
        if (_socket.State != WebSocketState.CloseReceived) return;
        Volatile.Write(ref _closing, 1);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the close frame with a protocol close code; the read loop then waits for the client's reply.</summary>
    public async ValueTask CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1) return;
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
