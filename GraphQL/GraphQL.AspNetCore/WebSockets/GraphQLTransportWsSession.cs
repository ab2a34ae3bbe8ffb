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
internal sealed class GraphQLTransportWsSession : SubprotocolSession
{
    public const string Protocol = "graphql-transport-ws";

    public GraphQLTransportWsSession(SocketConnection connection, GraphQLEndpoint endpoint, ISocketSessionInterceptor interceptor)
        : base(connection, endpoint, interceptor)
    {
    }

    protected override int InternalErrorCloseCode => 4500;

    protected override string KeepAliveType => "ping";

    protected override string ResultType => "next";

    protected override ValueTask OnInvalidMessageAsync() => Connection.CloseAsync(4400, "Invalid message received");

    protected override async ValueTask HandleAsync(SocketMessage message, SocketOperations operations, CancellationToken sessionEnd)
    {
        switch (message.Type)
        {
            case "connection_init":
                await InitializeAsync(message, sessionEnd).ConfigureAwait(false);
                return;
            case "ping":
                await Connection.SendTypeAsync("pong").ConfigureAwait(false);
                return;
            case "pong":
                return;
            case "subscribe":
                await SubscribeAsync(message, operations).ConfigureAwait(false);
                return;
            case "complete":
                if (message.Id is not { Length: > 0 } id)
                {
                    await Connection.CloseAsync(4400, "Invalid message received").ConfigureAwait(false);
                    return;
                }

                operations.Cancel(id);
                return;
            default:
                await Connection.CloseAsync(4400, $"Invalid message received: unexpected type \"{message.Type}\"").ConfigureAwait(false);
                return;
        }
    }

    private async ValueTask InitializeAsync(SocketMessage message, CancellationToken sessionEnd)
    {
        if (!TryBeginInitialization())
        {
            await Connection.CloseAsync(4429, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        if (!message.TryGetPayloadObject(out var payload))
        {
            await Connection.CloseAsync(4400, "Invalid message received: the connection_init payload must be an object").ConfigureAwait(false);
            return;
        }

        var status = await Interceptor.OnConnectAsync(Connection, payload, sessionEnd).ConfigureAwait(false);
        if (!status.Accepted)
        {
            await Connection.CloseAsync(4403, status.Message ?? "Forbidden").ConfigureAwait(false);
            return;
        }

        Acknowledge();
        await Connection.SendAsync(status.AckPayload, static (w, payload) =>
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
        StartKeepAlive(sessionEnd);
    }

    private async ValueTask SubscribeAsync(SocketMessage message, SocketOperations operations)
    {
        if (!IsAcknowledged)
        {
            await Connection.CloseAsync(4401, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (message.Id is not { Length: > 0 } id || message.Payload.ValueKind != JsonValueKind.Object)
        {
            await Connection.CloseAsync(4400, "Invalid message received: subscribe needs an id and a payload object").ConfigureAwait(false);
            return;
        }

        await StartOperationAsync(id, message.Payload, operations).ConfigureAwait(false);
    }

    protected override ValueTask OnInvalidRequestAsync(string id, string error) =>
        Connection.CloseAsync(4400, "Invalid message received: " + error);

    protected override ValueTask OnDuplicateIdAsync(string id) => Connection.CloseAsync(4409, $"Subscriber for {id} already exists");

    protected override ValueTask SendOperationErrorAsync(string id, GraphQLError error) => SendErrorAsync(id, new[] { error });

    protected override ValueTask OnExecutionFailedAsync(string id) => Connection.CloseAsync(4500, "Internal server error");

    /// <summary>Request errors (parse, validation, variables) end the operation with <c>error</c>, not <c>next</c>.</summary>
    protected override async ValueTask<bool> TrySendRequestErrorsAsync(string id, ExecutionResult result)
    {
        if (result.HasData || result.Errors is not { Count: > 0 } errors) return false;
        await SendErrorAsync(id, errors).ConfigureAwait(false);
        return true;
    }

    private ValueTask SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) =>
        Connection.SendAsync((id, errors), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id"u8, s.id);
            w.WriteString("type"u8, "error");
            w.WritePropertyName("payload"u8);
            ExecutionResultWriter.WriteErrors(s.errors, w); // the payload is the errors array itself
            w.WriteEndObject();
        });
}
