using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a WebSocket connection may proceed once the client sent <c>connection_init</c>. Browsers
/// cannot set headers on a WebSocket, so clients put their credentials into the init payload
/// (<c>{"authorization": "Bearer ..."}</c>); an app validates it here and sets <see cref="ISocketSession.User"/>,
/// which then flows into every operation of the connection. Register with <c>AddSocketSessionInterceptor&lt;T&gt;()</c>.
/// </summary>
public interface ISocketSessionInterceptor
{
    /// <summary>Accept (then <c>connection_ack</c>) or reject (then close code 4403) the connection.</summary>
    ValueTask<ConnectionStatus> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);

    /// <summary>Called once when the connection ends, however it ends.</summary>
    ValueTask OnCloseAsync(ISocketSession session) => ValueTask.CompletedTask;
}

/// <summary>One WebSocket connection as the interceptor sees it.</summary>
public interface ISocketSession
{
    /// <summary>The HTTP request that opened the socket.</summary>
    HttpContext HttpContext { get; }

    /// <summary>The negotiated subprotocol: <c>graphql-transport-ws</c> or <c>graphql-ws</c>.</summary>
    string Protocol { get; }

    /// <summary>The user of every operation of this connection; starts as the upgrade request's user.</summary>
    ClaimsPrincipal User { get; set; }

    /// <summary>State kept for the lifetime of the connection.</summary>
    IDictionary<string, object?> Items { get; }
}

/// <summary>The interceptor's answer to <c>connection_init</c>.</summary>
public readonly record struct ConnectionStatus(bool Accepted, string? Message, IReadOnlyDictionary<string, object?>? AckPayload)
{
    /// <summary>Accept, optionally with a payload for <c>connection_ack</c>.</summary>
    public static ConnectionStatus Accept(IReadOnlyDictionary<string, object?>? ackPayload = null) => new(true, null, ackPayload);

    /// <summary>Reject: the socket is closed with 4403 and <paramref name="message"/> as the reason.</summary>
    public static ConnectionStatus Reject(string message = "Forbidden") => new(false, message, null);
}

/// <summary>Reads credentials from a <c>connection_init</c> payload.</summary>
public static class ConnectionPayload
{
    /// <summary>
    /// The token of an <c>authorization</c> / <c>Authorization</c> entry (with or without the <c>Bearer </c>
    /// prefix), or null when there is none.
    /// </summary>
    public static string? GetBearerToken(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload is null) return null;
        if (!payload.TryGetValue("authorization", out var value) && !payload.TryGetValue("Authorization", out value)) return null;
        if (value is not string { Length: > 0 } text) return null;
        const string prefix = "Bearer ";
        return text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text[prefix.Length..].Trim() : text.Trim();
    }
}

/// <summary>Accepts every connection (the default when the app registers no interceptor).</summary>
internal sealed class DefaultSocketSessionInterceptor : ISocketSessionInterceptor
{
    public static readonly DefaultSocketSessionInterceptor Instance = new();

    public ValueTask<ConnectionStatus> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ConnectionStatus.Accept());
}
