using System.Text.Json;
using GraphQL.AspNetCore.Http;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of subscriptions-transport-ws
/// (https://github.com/apollographql/subscriptions-transport-ws/blob/master/PROTOCOL.md): <c>connection_init</c> →
/// <c>connection_ack</c> (or <c>connection_error</c>) and <c>ka</c> keep-alives, <c>start</c> → <c>data</c>* then
/// <c>complete</c>, <c>stop</c>, <c>connection_terminate</c>. Kept for older Apollo clients. Unlike
/// graphql-transport-ws it reports most faults as <c>error</c> / <c>connection_error</c> messages and keeps the socket open.
/// </summary>
internal sealed class LegacyGraphQLWsSession : SubprotocolSession
{
    public const string Protocol = "graphql-ws";

    public LegacyGraphQLWsSession(SocketConnection connection, GraphQLEndpoint endpoint, ISocketSessionInterceptor interceptor)
        : base(connection, endpoint, interceptor)
    {
    }

    protected override int InternalErrorCloseCode => 1011;

    protected override string KeepAliveType => "ka";

    protected override string ResultType => "data";

    protected override ValueTask OnInvalidMessageAsync() => SendConnectionErrorAsync("Message must be a JSON object with a \"type\".");

    protected override async ValueTask HandleAsync(SocketMessage message, SocketOperations operations, CancellationToken sessionEnd)
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
                await Connection.CloseAsync(1000, "Normal closure").ConfigureAwait(false);
                return;
            default:
                await SendOperationErrorAsync(message.Id, $"Invalid message type \"{message.Type}\".").ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitializeAsync(SocketMessage message, CancellationToken sessionEnd)
    {
        if (!TryBeginInitialization())
        {
            await SendConnectionErrorAsync("The connection is already initialised.").ConfigureAwait(false);
            return;
        }

        message.TryGetPayloadObject(out var payload);
        var status = await Interceptor.OnConnectAsync(Connection, payload, sessionEnd).ConfigureAwait(false);
        if (!status.Accepted)
        {
            await SendConnectionErrorAsync(status.Message ?? "Forbidden").ConfigureAwait(false);
            await Connection.CloseAsync(4403, status.Message ?? "Forbidden").ConfigureAwait(false);
            return;
        }

        Acknowledge();
        await Connection.SendTypeAsync("connection_ack").ConfigureAwait(false);
        await Connection.SendTypeAsync("ka").ConfigureAwait(false);
        StartKeepAlive(sessionEnd);
    }

    private async ValueTask StartAsync(SocketMessage message, SocketOperations operations)
    {
        if (message.Id is not { Length: > 0 } id || message.Payload.ValueKind != JsonValueKind.Object)
        {
            await SendOperationErrorAsync(message.Id, "A start message needs an id and a payload object.").ConfigureAwait(false);
            return;
        }

        if (!IsAcknowledged)
        {
            await SendOperationErrorAsync(id, "The connection is not initialised: send connection_init first.").ConfigureAwait(false);
            return;
        }

        await StartOperationAsync(id, message.Payload, operations).ConfigureAwait(false);
    }

    protected override ValueTask OnInvalidRequestAsync(string id, string error) => SendOperationErrorAsync(id, error);

    protected override ValueTask OnDuplicateIdAsync(string id) =>
        SendOperationErrorAsync(id, $"An operation with id \"{id}\" is already running.");

    protected override ValueTask SendOperationErrorAsync(string id, GraphQLError error) => SendOperationErrorAsync(id, error.Message);

    protected override ValueTask OnExecutionFailedAsync(string id) => SendOperationErrorAsync(id, "Unexpected Execution Error");

    private ValueTask SendOperationErrorAsync(string? id, string message) =>
        Connection.SendAsync((id, message), static (w, s) =>
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
        Connection.SendAsync(message, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("type"u8, "connection_error");
            w.WritePropertyName("payload"u8);
            w.WriteStartObject();
            w.WriteString("message"u8, m);
            w.WriteEndObject();
            w.WriteEndObject();
        });
}
