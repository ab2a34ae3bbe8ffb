using System.Net;

namespace GraphQL.Client;

/// <summary>
/// The server could not be reached or did not answer with a GraphQL response (a 502 HTML page, a closed
/// socket, a body that is not JSON). Distinct from <see cref="GraphQLClientException"/>: there is no
/// GraphQL result to look at, only the status code and the raw content.
/// </summary>
public sealed class GraphQLTransportException : Exception
{
    public GraphQLTransportException(string message, HttpStatusCode? statusCode = null, string? content = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Content = content;
    }

    /// <summary>The HTTP status of the response, null when there was no HTTP response (WebSocket, network failure).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The response body as text (truncated to 4 KiB), when there was one.</summary>
    public string? Content { get; }
}
