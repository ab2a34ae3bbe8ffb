using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// Subscriptions over the <c>graphql-transport-ws</c> protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md):
/// <c>connection_init</c> (with the configured payload) → <c>connection_ack</c> → <c>subscribe</c> →
/// <c>next</c>* → <c>complete</c> | <c>error</c>, answering <c>ping</c> with <c>pong</c>. Each subscription
/// has its own socket, so cancelling one sends <c>complete</c>, closes that socket and releases it.
/// </summary>
internal sealed class WebSocketTransport : IGraphQLStreamTransport
{
    private const string SubProtocol = "graphql-transport-ws";
    private const string SubscriptionId = "1";

    private readonly Func<Uri> _endpoint;
    private readonly GraphQLClientOptions _options;
    private readonly IServiceProvider _services;

    public WebSocketTransport(Func<Uri> endpoint, GraphQLClientOptions options, IServiceProvider services)
    {
        _endpoint = endpoint;
        _options = options;
        _services = services;
    }

    public async IAsyncEnumerable<GraphQLResponse> SubscribeAsync(OperationRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = _options.WebSocket;
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        options.ConfigureSocket?.Invoke(socket.Options);
        var completedByServer = false;
        try
        {
            await ConnectAsync(socket, options, cancellationToken).ConfigureAwait(false);
            await SendAsync(socket, w => WriteSubscribe(w, request), cancellationToken).ConfigureAwait(false);

            while (true)
            {
                using var message = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
                var root = message.RootElement;
                switch (MessageType(root))
                {
                    case "next" when IsOurs(root):
                        if (!root.TryGetProperty("payload", out var payload) || !GraphQLResponse.IsGraphQLResponse(payload))
                        {
                            throw new GraphQLTransportException("A \"next\" message of graphql-transport-ws has no execution result as its payload.");
                        }

                        yield return GraphQLResponse.FromElement(payload.Clone());
                        break;
                    case "error" when IsOurs(root):
                        completedByServer = true;
                        yield return GraphQLResponse.FromErrors(
                            GraphQLResponse.ReadErrors(root.TryGetProperty("payload", out var errors) ? errors : default));
                        yield break;
                    case "complete" when IsOurs(root):
                        completedByServer = true;
                        yield break;
                    case "ping":
                        await SendAsync(socket, static w => WriteType(w, "pong"), cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
        finally
        {
            await ReleaseAsync(socket, completedByServer).ConfigureAwait(false);
        }
    }

    private async Task ConnectAsync(ClientWebSocket socket, GraphQLWebSocketOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await socket.ConnectAsync(options.Uri ?? _endpoint(), cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            throw new GraphQLTransportException($"The GraphQL WebSocket endpoint could not be reached: {e.Message}", innerException: e);
        }

        if (socket.SubProtocol != SubProtocol)
        {
            throw new GraphQLTransportException($"The GraphQL WebSocket endpoint did not accept the \"{SubProtocol}\" subprotocol.");
        }

        var payload = options.ConnectionInitPayload is null ? null : await options.ConnectionInitPayload(_services, cancellationToken).ConfigureAwait(false);
        await SendAsync(socket, w => WriteConnectionInit(w, payload), cancellationToken).ConfigureAwait(false);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectionAckTimeout);
        while (true)
        {
            JsonDocument message;
            try
            {
                message = await ReceiveAsync(socket, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new GraphQLTransportException("The GraphQL WebSocket server did not acknowledge the connection in time.");
            }

            using (message)
            {
                switch (MessageType(message.RootElement))
                {
                    case "connection_ack":
                        return;
                    case "ping":
                        await SendAsync(socket, static w => WriteType(w, "pong"), cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
    }

    /// <summary>Stops the subscription on the server unless it already ended it, then closes the socket (bounded wait).</summary>
    private static async Task ReleaseAsync(ClientWebSocket socket, bool completedByServer)
    {
        if (socket.State != WebSocketState.Open) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            if (!completedByServer)
            {
                await SendAsync(socket, static w => { w.WriteStartObject(); w.WriteString("id", SubscriptionId); w.WriteString("type", "complete"); w.WriteEndObject(); }, timeout.Token).ConfigureAwait(false);
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Normal Closure", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer is gone or slow: disposing the socket (by the caller's using) aborts it.
        }
    }

    private static void WriteConnectionInit(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? payload)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "connection_init");
        if (payload is not null)
        {
            writer.WriteStartObject("payload");
            foreach (var (key, value) in payload)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(writer); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteSubscribe(Utf8JsonWriter writer, OperationRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("id", SubscriptionId);
        writer.WriteString("type", "subscribe");
        writer.WritePropertyName("payload");
        RequestBodyWriter.Write(writer, request, sendDocument: true, sendHash: false, PersistedOperationFormat.Id);
        writer.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static string? MessageType(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private static bool IsOurs(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.ValueEquals(SubscriptionId);

    private static async Task SendAsync(ClientWebSocket socket, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next text message as JSON; the server closing the socket before <c>complete</c> is a transport failure.</summary>
    private static async Task<JsonDocument> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(1024), cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException e)
            {
                throw new GraphQLTransportException($"The GraphQL WebSocket connection failed: {e.Message}", innerException: e);
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new GraphQLTransportException(
                    $"The GraphQL WebSocket server closed the connection ({(int?)socket.CloseStatus} {socket.CloseStatusDescription}).");
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage) break;
        }

        try
        {
            return JsonDocument.Parse(buffer.WrittenMemory);
        }
        catch (JsonException e)
        {
            throw new GraphQLTransportException("The GraphQL WebSocket server sent a message that is not JSON.", innerException: e);
        }
    }
}
