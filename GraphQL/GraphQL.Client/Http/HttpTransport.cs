using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// GraphQL over HTTP (POST, <c>application/json</c> body) through a named client of <see cref="IHttpClientFactory"/>.
/// Accepts <c>application/graphql-response+json</c> and <c>application/json</c>. Whatever the status, a JSON body
/// with <c>data</c> or <c>errors</c> is a GraphQL response (a 400 for an invalid document is a result with
/// errors); anything else is a <see cref="GraphQLTransportException"/>.
/// </summary>
internal sealed class HttpTransport : IGraphQLTransport
{
    private const int MaxContentInException = 4096;

    private static readonly MediaTypeWithQualityHeaderValue s_graphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeWithQualityHeaderValue s_json = new("application/json", 0.9);

    private readonly IHttpClientFactory _clientFactory;
    private readonly string _clientName;
    private readonly GraphQLClientOptions _options;
    private readonly IServiceProvider _services;

    public HttpTransport(IHttpClientFactory clientFactory, string clientName, GraphQLClientOptions options, IServiceProvider services)
    {
        _clientFactory = clientFactory;
        _clientName = clientName;
        _options = options;
        _services = services;
    }

    public async Task<GraphQLResponse> SendAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        var mode = _options.PersistedOperations;
        if (mode == PersistedOperationMode.Disabled)
        {
            return await SendAsync(request, sendDocument: true, sendHash: false, cancellationToken).ConfigureAwait(false);
        }

        var response = await SendAsync(request, sendDocument: false, sendHash: true, cancellationToken).ConfigureAwait(false);
        if (mode == PersistedOperationMode.HashWithDocumentFallback && IsPersistedOperationNotFound(response))
        {
            response.Dispose();
            // Apollo's protocol registers the document under its hash when both are sent; an "id" server gets the document alone.
            var sendHash = _options.PersistedOperationFormat == PersistedOperationFormat.PersistedQueryExtension;
            return await SendAsync(request, sendDocument: true, sendHash, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private async Task<GraphQLResponse> SendAsync(OperationRequest request, bool sendDocument, bool sendHash, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, (Uri?)null);
        message.Headers.Accept.Add(s_graphQLResponse);
        message.Headers.Accept.Add(s_json);
        var body = new ByteArrayContent(RequestBodyWriter.ToBytes(request, sendDocument, sendHash, _options.PersistedOperationFormat));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Content = body;

        var interceptors = _options.HttpRequestInterceptors;
        if (interceptors.Count > 0)
        {
            var context = new ClientRequestContext(request, message, _services);
            foreach (var create in interceptors)
            {
                await create(_services).OnRequestAsync(context, cancellationToken).ConfigureAwait(false);
            }
        }

        var client = _clientFactory.CreateClient(_clientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new GraphQLTransportException($"The GraphQL server could not be reached: {e.Message}", e.StatusCode, null, e);
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (IsJson(response.Content.Headers.ContentType) && TryParse(bytes, out var document))
            {
                if (GraphQLResponse.IsGraphQLResponse(document.RootElement)) return GraphQLResponse.FromDocument(document);
                document.Dispose();
            }

            throw new GraphQLTransportException(
                $"The GraphQL server answered {(int)response.StatusCode} ({response.ReasonPhrase}) without a GraphQL response.",
                response.StatusCode,
                Truncate(bytes));
        }
    }

    private static bool IsJson(MediaTypeHeaderValue? contentType)
    {
        var mediaType = contentType?.MediaType;
        // No Content-Type: GraphQL over HTTP servers always send one, but a JSON body still counts.
        return mediaType is null
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryParse(byte[] bytes, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            document = null!;
            return false;
        }
    }

    private static bool IsPersistedOperationNotFound(GraphQLResponse response)
    {
        foreach (var error in response.Errors)
        {
            if (error.Code is "PERSISTED_QUERY_NOT_FOUND" or "PERSISTED_OPERATION_NOT_FOUND" or "PersistedQueryNotFound") return true;
        }

        return false;
    }

    private static string Truncate(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxContentInException));
}
