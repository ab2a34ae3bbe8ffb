using System.Security.Claims;
using GraphQL.AspNetCore.WebSockets;

namespace GraphQL.Tests.AspNetCore;

/// <summary>
/// Stands in for an app's JWT check: the bearer token of the <c>connection_init</c> payload is the user name;
/// the token "reject" is refused; no token connects anonymously.
/// </summary>
internal sealed class TestSocketInterceptor : ISocketSessionInterceptor
{
    public ValueTask<ConnectionStatus> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        var token = ConnectionPayload.GetBearerToken(payload);
        if (token == "reject") return ValueTask.FromResult(ConnectionStatus.Reject("The token is not valid."));
        if (token is not null) session.User = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, token) }, "Bearer"));
        return ValueTask.FromResult(ConnectionStatus.Accept());
    }
}
