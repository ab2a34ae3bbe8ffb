using System.Text.Json;
using GraphQL.AspNetCore.Http;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> subprotocol (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md):
/// <c>connection_init</c> → <c>connection_ack</c>, <c>ping</c>/<c>pong</c> both ways, <c>subscribe</c> →
/// <c>next</c>* then <c>complete</c> or <c>error</c>, and the client's <c>complete</c> to stop. Protocol
/// violations close the socket with the protocol's 44xx codes.
/// </summary>
internal sealed class GraphQLTransportWsSession
{
    public const string Protocol = "graphql-transport-ws";

    private readonly SocketConnection _connection;
    private readonly GraphQLEndpoint _endpoint;
    private readonly ISocketSessionInterceptor _interceptor;
    private int _initReceived;
    private volatile bool _acknowledged;

    public GraphQLTransportWsSession(SocketConnection connection, GraphQLEndpoint endpoint, ISocketSessionInterceptor interceptor)
    {
        _connection = connection;
        _endpoint = endpoint;
        _interceptor = interceptor;
    }

    public async Task RunAsync(CancellationToken closed)
    {
        using var sessionEnd = CancellationTokenSource.CreateLinkedTokenSource(closed);
        var operations = new SocketOperations(sessionEnd.Token);
        var options = _endpoint.Options.WebSockets;
        _ = CloseIfNotInitializedAsync(options.ConnectionInitTimeout, sessionEnd.Token);
        try
        {
            while (true)
            {
                var message = await _connection.ReceiveAsync(sessionEnd.Token).ConfigureAwait(false);
                if (message.Kind == SocketMessageKind.Closed) break;
                if (_connection.IsClosing) continue; // drain until the client answers our close frame

                switch (message.Kind)
                {
                    case SocketMessageKind.TooLarge:
                        await _connection.CloseAsync(1009, "Message too big").ConfigureAwait(false);
                        continue;
                    case SocketMessageKind.Invalid:
                        await _connection.CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
                        continue;
                }

                await HandleAsync(message, operations, sessionEnd.Token).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!closed.IsCancellationRequested)
        {
            await _connection.CloseAsync(4500, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            sessionEnd.Cancel();
            await operations.StopAllAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask HandleAsync(SocketMessage message, SocketOperations operations, CancellationToken sessionEnd)
    {
        switch (message.Type)
        {
            case "connection_init":
                await InitializeAsync(message, sessionEnd).ConfigureAwait(false);
                return;
            case "ping":
                await _connection.SendTypeAsync("pong").ConfigureAwait(false);
                return;
            case "pong":
                return;
            case "subscribe":
                await SubscribeAsync(message, operations).ConfigureAwait(false);
                return;
            case "complete":
                if (message.Id is not { Length: > 0 } id)
                {
                    await _connection.CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
                    return;
                }

                operations.Cancel(id);
                return;
            default:
                await _connection.CloseAsync(4400, $"Invalid message received: unexpected type \"{message.Type}\"").ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitializeAsync(SocketMessage message, CancellationToken sessionEnd)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await _connection.CloseAsync(4429, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        if (!message.TryGetPayloadObject(out var payload))
        {
            await _connection.CloseAsync(4400, "Invalid message received: the connection_init payload must be an object").ConfigureAwait(false);
            return;
        }

        var status = await _interceptor.OnConnectAsync(_connection, payload, sessionEnd).ConfigureAwait(false);
        if (!status.Accepted)
        {
            await _connection.CloseAsync(4403, status.Message ?? "Forbidden").ConfigureAwait(false);
            return;
        }

        _acknowledged = true;
        await _connection.SendAsync(status.AckPayload, static (w, payload) =>
        {
            w.WriteStartObject();
            w.WriteString("type"u8, "connection_ack");
            if (payload is not null)
            {
                w.WritePropertyName("payload"u8);
                JsonSerializer.Serialize(w, payload);
            }

            w.WriteEndObject();
        }).ConfigureAwait(false);
        _ = KeepAliveAsync(sessionEnd);
    }

    private async ValueTask SubscribeAsync(SocketMessage message, SocketOperations operations)
    {
        if (!_acknowledged)
        {
            await _connection.CloseAsync(4401, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (message.Id is not { Length: > 0 } id || message.Payload.ValueKind != JsonValueKind.Object)
        {
            await _connection.CloseAsync(4400, "Invalid message received: subscribe needs an id and a payload object").ConfigureAwait(false);
            return;
        }

        var request = GraphQLRequestReader.Read(message.Payload, _connection.User, services: null, out var error);
        if (request is null)
        {
            await _connection.CloseAsync(4400, "Invalid message received: " + error).ConfigureAwait(false);
            return;
        }

        if (operations.Contains(id))
        {
            await _connection.CloseAsync(4409, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (operations.Count >= _endpoint.Options.WebSockets.MaxConcurrentOperations)
        {
            await SendErrorAsync(id, new[] { GraphQLError.WithCode(
                $"The connection already runs {operations.Count} operations, the most allowed at once.", TransportErrorCodes.TooManyOperations) }).ConfigureAwait(false);
            return;
        }

        operations.TryStart(id, ct => ExecuteAsync(id, request, ct));
    }

    private async Task ExecuteAsync(string id, GraphQLRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var result = await GraphQLHttpMiddleware.RunAsync(_endpoint, request, cancellationToken).ConfigureAwait(false);
            await using (result.ConfigureAwait(false))
            {
                if (result.ResponseStream is { } stream)
                {
                    await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        await SendNextAsync(id, item).ConfigureAwait(false);
                    }
                }
                else if (!result.HasData && result.Errors is { Count: > 0 } errors)
                {
                    // Request errors (parse, validation, variables) end the operation with "error", not "next".
                    await SendErrorAsync(id, errors).ConfigureAwait(false);
                    return;
                }
                else
                {
                    await SendNextAsync(id, result).ConfigureAwait(false);
                }
            }

            if (!cancellationToken.IsCancellationRequested) await _connection.SendTypeAsync("complete", id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client completed the operation or the connection closed: nothing more to send.
        }
        catch (Exception)
        {
            await _connection.CloseAsync(4500, "Internal server error").ConfigureAwait(false);
        }
    }

    private ValueTask SendNextAsync(string id, ExecutionResult result) =>
        _connection.SendAsync((id, result), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, "next");
            w.WritePropertyName("payload"u8);
            ExecutionResultWriter.Write(s.result, w);
            w.WriteEndObject();
        });

    private ValueTask SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) =>
        _connection.SendAsync((id, errors), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, "error");
            w.WritePropertyName("payload"u8);

            // An "error" payload is the errors array itself: written through a result and unwrapped.
            using var buffer = new PooledBufferWriter();
            using (var inner = ExecutionResultWriter.CreateWriter(buffer))
            {
                ExecutionResultWriter.Write(ExecutionResult.FromErrors(s.errors), inner);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            document.RootElement.GetProperty("errors").WriteTo(w);
            w.WriteEndObject();
        });

    private async Task CloseIfNotInitializedAsync(TimeSpan timeout, CancellationToken sessionEnd)
    {
        try
        {
            await Task.Delay(timeout, sessionEnd).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0) await _connection.CloseAsync(4408, "Connection initialisation timeout").ConfigureAwait(false);
    }

    private async Task KeepAliveAsync(CancellationToken sessionEnd)
    {
        if (_endpoint.Options.WebSockets.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(sessionEnd).ConfigureAwait(false) && !_connection.IsClosing)
            {
                await _connection.SendTypeAsync("ping").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
