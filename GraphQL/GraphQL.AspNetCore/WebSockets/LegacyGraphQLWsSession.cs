using System.Text.Json;
using GraphQL.AspNetCore.Http;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of subscriptions-transport-ws
/// (https://github.com/apollographql/subscriptions-transport-ws/blob/master/PROTOCOL.md): <c>connection_init</c> →
/// <c>connection_ack</c> (or <c>connection_error</c>) and <c>ka</c> keep-alives, <c>start</c> → <c>data</c>* then
/// <c>complete</c>, <c>stop</c>, <c>connection_terminate</c>. Kept for older Apollo clients.
/// </summary>
internal sealed class LegacyGraphQLWsSession
{
    public const string Protocol = "graphql-ws";

    private readonly SocketConnection _connection;
    private readonly GraphQLEndpoint _endpoint;
    private readonly ISocketSessionInterceptor _interceptor;
    private int _initReceived;
    private volatile bool _acknowledged;

    public LegacyGraphQLWsSession(SocketConnection connection, GraphQLEndpoint endpoint, ISocketSessionInterceptor interceptor)
    {
        _connection = connection;
        _endpoint = endpoint;
        _interceptor = interceptor;
    }

    public async Task RunAsync(CancellationToken closed)
    {
        using var sessionEnd = CancellationTokenSource.CreateLinkedTokenSource(closed);
        var operations = new SocketOperations(sessionEnd.Token);
        _ = CloseIfNotInitializedAsync(_endpoint.Options.WebSockets.ConnectionInitTimeout, sessionEnd.Token);
        try
        {
            while (true)
            {
                var message = await _connection.ReceiveAsync(sessionEnd.Token).ConfigureAwait(false);
                if (message.Kind == SocketMessageKind.Closed) break;
                if (_connection.IsClosing) continue;
                if (message.Kind == SocketMessageKind.TooLarge)
                {
                    await _connection.CloseAsync(1009, "Message too big").ConfigureAwait(false);
                    continue;
                }

                if (message.Kind == SocketMessageKind.Invalid)
                {
                    await SendConnectionErrorAsync("Message must be a JSON object with a \"type\".").ConfigureAwait(false);
                    continue;
                }

                await HandleAsync(message, operations, sessionEnd.Token).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!closed.IsCancellationRequested)
        {
            await _connection.CloseAsync(1011, "Internal server error").ConfigureAwait(false);
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
            case "start":
                await StartAsync(message, operations).ConfigureAwait(false);
                return;
            case "stop":
                if (message.Id is { } id) operations.Cancel(id);
                return;
            case "connection_terminate":
                await _connection.CloseAsync(1000, "Normal closure").ConfigureAwait(false);
                return;
            default:
                await SendOperationErrorAsync(message.Id, $"Invalid message type \"{message.Type}\".").ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitializeAsync(SocketMessage message, CancellationToken sessionEnd)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await SendConnectionErrorAsync("The connection is already initialised.").ConfigureAwait(false);
            return;
        }

        message.TryGetPayloadObject(out var payload);
        var status = await _interceptor.OnConnectAsync(_connection, payload, sessionEnd).ConfigureAwait(false);
        if (!status.Accepted)
        {
            await SendConnectionErrorAsync(status.Message ?? "Forbidden").ConfigureAwait(false);
            await _connection.CloseAsync(4403, status.Message ?? "Forbidden").ConfigureAwait(false);
            return;
        }

        _acknowledged = true;
        await _connection.SendTypeAsync("connection_ack").ConfigureAwait(false);
        await _connection.SendTypeAsync("ka").ConfigureAwait(false);
        _ = KeepAliveAsync(sessionEnd);
    }

    private async ValueTask StartAsync(SocketMessage message, SocketOperations operations)
    {
        if (message.Id is not { Length: > 0 } id || message.Payload.ValueKind != JsonValueKind.Object)
        {
            await SendOperationErrorAsync(message.Id, "A start message needs an id and a payload object.").ConfigureAwait(false);
            return;
        }

        if (!_acknowledged)
        {
            await SendOperationErrorAsync(id, "The connection is not initialised: send connection_init first.").ConfigureAwait(false);
            return;
        }

        var request = GraphQLRequestReader.Read(message.Payload, _connection.User, services: null, out var error);
        if (request is null)
        {
            await SendOperationErrorAsync(id, error!).ConfigureAwait(false);
            return;
        }

        if (operations.Contains(id))
        {
            await SendOperationErrorAsync(id, $"An operation with id \"{id}\" is already running.").ConfigureAwait(false);
            return;
        }

        if (operations.Count >= _endpoint.Options.WebSockets.MaxConcurrentOperations)
        {
            await SendOperationErrorAsync(id, $"The connection already runs {operations.Count} operations, the most allowed at once.").ConfigureAwait(false);
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
                        await SendDataAsync(id, item).ConfigureAwait(false);
                    }
                }
                else
                {
                    await SendDataAsync(id, result).ConfigureAwait(false);
                }
            }

            if (!cancellationToken.IsCancellationRequested) await _connection.SendTypeAsync("complete", id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            await SendOperationErrorAsync(id, "Unexpected Execution Error").ConfigureAwait(false);
        }
    }

    private ValueTask SendDataAsync(string id, ExecutionResult result) =>
        _connection.SendAsync((id, result), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, "data");
            w.WritePropertyName("payload"u8);
            ExecutionResultWriter.Write(s.result, w);
            w.WriteEndObject();
        });

    private ValueTask SendOperationErrorAsync(string? id, string message) =>
        _connection.SendAsync((id, message), static (w, s) =>
        {
            w.WriteStartObject();
            if (s.id is not null) w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, "error");
            w.WritePropertyName("payload"u8);
            w.WriteStartObject();
            w.WriteString("message"u8, s.message);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    private ValueTask SendConnectionErrorAsync(string message) =>
        _connection.SendAsync(message, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("type"u8, "connection_error");
            w.WritePropertyName("payload"u8);
            w.WriteStartObject();
            w.WriteString("message"u8, m);
            w.WriteEndObject();
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
                await _connection.SendTypeAsync("ka").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
