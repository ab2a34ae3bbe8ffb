namespace GraphQL.Client;

/// <summary>
/// Runs before each HTTP request of a client is sent: the place for per-request headers, e.g. a web app
/// forwarding the signed-in user's bearer token from the current <c>HttpContext</c>.
/// </summary>
public interface IHttpRequestInterceptor
{
    ValueTask OnRequestAsync(IClientRequestContext context, CancellationToken cancellationToken);
}

/// <summary>The request being sent, as an <see cref="IHttpRequestInterceptor"/> sees it.</summary>
public interface IClientRequestContext
{
    /// <summary>The operation being sent.</summary>
    OperationRequest Operation { get; }

    /// <summary>The HTTP request, headers still mutable.</summary>
    HttpRequestMessage Request { get; }

    /// <summary>The services of the scope that resolved the client.</summary>
    IServiceProvider Services { get; }
}

internal sealed record ClientRequestContext(OperationRequest Operation, HttpRequestMessage Request, IServiceProvider Services)
    : IClientRequestContext;
