namespace GraphQL.Client;

/// <summary>Sends a query or mutation and returns the single response (GraphQL over HTTP).</summary>
public interface IGraphQLTransport
{
    /// <summary>
    /// The server's GraphQL response, also when it carries only errors (e.g. a 400 with a GraphQL body).
    /// Throws <see cref="GraphQLTransportException"/> when there is no GraphQL response at all.
    /// </summary>
    Task<GraphQLResponse> SendAsync(OperationRequest request, CancellationToken cancellationToken);
}

/// <summary>Runs a subscription and streams its responses (graphql-transport-ws).</summary>
public interface IGraphQLStreamTransport
{
    /// <summary>
    /// One response per event until the server completes the subscription; cancelling the enumeration
    /// stops the subscription on the server and releases the connection.
    /// </summary>
    IAsyncEnumerable<GraphQLResponse> SubscribeAsync(OperationRequest request, CancellationToken cancellationToken);
}
