using System.Text.Json;
using GraphQL.AspNetCore.Http;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// What both GraphQL WebSocket subprotocols share: the read loop, the connection-init timeout (4408 in
/// both), the keep-alive timer, starting an operation (request reading, duplicate id, per-connection cap)
/// and running it until its last result, and stopping every operation when the socket closes. A
/// subclass holds only what its protocol says differently: message types, and whether a fault closes the
/// socket or is reported as a message.
/// </summary>
internal abstract class SubprotocolSession
{
    private int _initReceived;
    private volatile bool _acknowledged;

    protected SubprotocolSession(SocketConnection connection, GraphQLEndpoint endpoint, ISocketSessionInterceptor interceptor)
    {
        Connection = connection;
        Endpoint = endpoint;
        Interceptor = interceptor;
    }

    protected SocketConnection Connection { get; }

    protected GraphQLEndpoint Endpoint { get; }

    protected ISocketSessionInterceptor Interceptor { get; }

    /// <summary>Whether the interceptor accepted <c>connection_init</c>; operations are refused before.</summary>
    protected bool IsAcknowledged => _acknowledged;

    /// <summary>The close code of an unexpected server fault (graphql-transport-ws: 4500; graphql-ws: 1011).</summary>
    protected abstract int InternalErrorCloseCode { get; }

    /// <summary>The message sent every keep-alive interval once acknowledged (<c>ping</c> or <c>ka</c>).</summary>
    protected abstract string KeepAliveType { get; }

    /// <summary>The message type carrying one execution result (<c>next</c> or <c>data</c>).</summary>
    protected abstract string ResultType { get; }

    public async Task RunAsync(CancellationToken closed)
    {
        using var sessionEnd = CancellationTokenSource.CreateLinkedTokenSource(closed);
        var operations = new SocketOperations(sessionEnd.Token);
        _ = CloseIfNotInitializedAsync(Endpoint.Options.WebSockets.ConnectionInitTimeout, sessionEnd.Token);
        try
        {
            while (true)
            {
                var message = await Connection.ReceiveAsync(sessionEnd.Token).ConfigureAwait(false);
                if (message.Kind == SocketMessageKind.Closed) break;
                if (Connection.IsClosing) continue; // drain until the client answers our close frame

                switch (message.Kind)
                {
                    case SocketMessageKind.TooLarge:
                        await Connection.CloseAsync(1009, "Message too big").ConfigureAwait(false);
                        continue;
                    case SocketMessageKind.Invalid:
                        await OnInvalidMessageAsync().ConfigureAwait(false);
                        continue;
                }

                await HandleAsync(message, operations, sessionEnd.Token).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!closed.IsCancellationRequested)
        {
            await Connection.CloseAsync(InternalErrorCloseCode, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            sessionEnd.Cancel();
            await operations.StopAllAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A message that is not a JSON object with a string <c>type</c>.</summary>
    protected abstract ValueTask OnInvalidMessageAsync();

    /// <summary>One well-formed message, by its <c>type</c>.</summary>
    protected abstract ValueTask HandleAsync(SocketMessage message, SocketOperations operations, CancellationToken sessionEnd);

    /// <summary>The request of a subscribe/start message could not be read (<paramref name="error"/> says why).</summary>
    protected abstract ValueTask OnInvalidRequestAsync(string id, string error);

    /// <summary>The client reused the id of an operation that is still running.</summary>
    protected abstract ValueTask OnDuplicateIdAsync(string id);

    /// <summary>The operation <paramref name="id"/> ends with <paramref name="error"/> (it never started or was refused).</summary>
    protected abstract ValueTask SendOperationErrorAsync(string id, GraphQLError error);

    /// <summary>Running the operation threw: the protocol either closes the socket or reports it on the operation.</summary>
    protected abstract ValueTask OnExecutionFailedAsync(string id);

    /// <summary>
    /// Lets a protocol end an operation whose request failed before execution (parse, validation,
    /// variables) with its own message; true when it did. By default the errors are sent as a result.
    /// </summary>
    protected virtual ValueTask<bool> TrySendRequestErrorsAsync(string id, ExecutionResult result) => new(false);

    /// <summary>True for the first <c>connection_init</c>, false for any later one.</summary>
    protected bool TryBeginInitialization() => Interlocked.Exchange(ref _initReceived, 1) == 0;

    /// <summary>The interceptor accepted the connection: operations may start from now on.</summary>
    protected void Acknowledge() => _acknowledged = true;

    /// <summary>Sends <see cref="KeepAliveType"/> every keep-alive interval until the session ends.</summary>
    protected void StartKeepAlive(CancellationToken sessionEnd) => _ = KeepAliveAsync(sessionEnd);

    /// <summary>Reads the request of <paramref name="payload"/> and runs it as operation <paramref name="id"/>, within the connection's cap.</summary>
    protected async ValueTask StartOperationAsync(string id, JsonElement payload, SocketOperations operations)
    {
        var request = GraphQLRequestReader.Read(payload, Connection.User, services: null, out var error);
        if (request is null)
        {
            await OnInvalidRequestAsync(id, error!).ConfigureAwait(false);
            return;
        }

        if (operations.Contains(id))
        {
            await OnDuplicateIdAsync(id).ConfigureAwait(false);
            return;
        }

        if (operations.Count >= Endpoint.Options.WebSockets.MaxConcurrentOperations)
        {
            await SendOperationErrorAsync(id, GraphQLError.WithCode(
                $"The connection already runs {operations.Count} operations, the most allowed at once.", TransportErrorCodes.TooManyOperations)).ConfigureAwait(false);
            return;
        }

        operations.TryStart(id, ct => ExecuteAsync(id, request, ct));
    }

    private async Task ExecuteAsync(string id, GraphQLRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var result = await GraphQLHttpMiddleware.RunAsync(Endpoint, request, cancellationToken).ConfigureAwait(false);
            await using (result.ConfigureAwait(false))
            {
                if (result.ResponseStream is { } stream)
                {
                    await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        await SendResultAsync(id, item).ConfigureAwait(false);
                    }
                }
                else if (await TrySendRequestErrorsAsync(id, result).ConfigureAwait(false))
                {
                    return;
                }
                else
                {
                    await SendResultAsync(id, result).ConfigureAwait(false);
                }
            }

            if (!cancellationToken.IsCancellationRequested) await Connection.SendTypeAsync("complete", id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client completed the operation or the connection closed: nothing more to send.
        }
        catch (Exception)
        {
            await OnExecutionFailedAsync(id).ConfigureAwait(false);
        }
    }

    private ValueTask SendResultAsync(string id, ExecutionResult result) =>
        Connection.SendAsync((id, type: ResultType, result), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, s.type);
            w.WritePropertyName("payload"u8);
            ExecutionResultWriter.Write(s.result, w);
            w.WriteEndObject();
        });

    /// <summary>Both protocols close with 4408 when no <c>connection_init</c> arrives in time.</summary>
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

        if (Volatile.Read(ref _initReceived) == 0) await Connection.CloseAsync(4408, "Connection initialisation timeout").ConfigureAwait(false);
    }

    private async Task KeepAliveAsync(CancellationToken sessionEnd)
    {
        if (Endpoint.Options.WebSockets.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(sessionEnd).ConfigureAwait(false) && !Connection.IsClosing)
            {
                await Connection.SendTypeAsync(KeepAliveType).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
