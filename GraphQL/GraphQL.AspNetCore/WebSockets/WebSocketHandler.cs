using GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade with the subprotocol the client asked for — <c>graphql-transport-ws</c> first,
/// the legacy <c>graphql-ws</c> otherwise — and runs its session until the socket closes. A client that asks
/// for neither is accepted and closed with 4406 (graphql-ws: "Subprotocol not acceptable").
/// </summary>
internal static class WebSocketHandler
{
    public static async Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        string? protocol = null;
        if (Contains(requested, GraphQLTransportWsSession.Protocol)) protocol = GraphQLTransportWsSession.Protocol;
        else if (Contains(requested, LegacyGraphQLWsSession.Protocol)) protocol = LegacyGraphQLWsSession.Protocol;

        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol).ConfigureAwait(false);
        var connection = new SocketConnection(context, socket, protocol ?? string.Empty, endpoint.Options.WebSockets.MaxMessageBytes);
        if (protocol is null)
        {
            await connection.CloseAsync(4406, "Subprotocol not acceptable").ConfigureAwait(false);
            await connection.ReceiveAsync(context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var interceptor = context.RequestServices.GetService<ISocketSessionInterceptor>() ?? DefaultSocketSessionInterceptor.Instance;
        try
        {
            SubprotocolSession session = protocol == GraphQLTransportWsSession.Protocol
                ? new GraphQLTransportWsSession(connection, endpoint, interceptor)
                : new LegacyGraphQLWsSession(connection, endpoint, interceptor);
            await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            await connection.CompleteCloseAsync().ConfigureAwait(false);
            await interceptor.OnCloseAsync(connection).ConfigureAwait(false);
        }
    }

    private static bool Contains(IList<string> protocols, string protocol)
    {
        for (var i = 0; i < protocols.Count; i++)
        {
            if (string.Equals(protocols[i], protocol, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
