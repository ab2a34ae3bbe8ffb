using GraphQL.Execution;
using GraphQL.Language;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// The server's rules for a parsed request, checked before it reaches the executor on every transport
/// (HTTP, SSE, WebSocket): persisted-only mode, unknown persisted ids and disabled introspection.
/// </summary>
internal sealed class RequestPolicy
{
    private readonly GraphQLServerOptions _options;
    private readonly DocumentInspector _inspector;
    private readonly IOperationDocumentStorage? _storage;

    public RequestPolicy(GraphQLServerOptions options, DocumentInspector inspector, IOperationDocumentStorage? storage)
    {
        _options = options;
        _inspector = inspector;
        _storage = storage;
    }

    public DocumentInspector Inspector => _inspector;

    /// <summary>An error that ends the request, or null when it may run.</summary>
    public async ValueTask<GraphQLError?> CheckAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (request.Query is { } query)
        {
            if (_options.OnlyPersistedOperations)
            {
                return GraphQLError.WithCode(
                    "This endpoint only runs persisted operations: send the operation's \"id\" instead of a \"query\".",
                    TransportErrorCodes.PersistedOperationOnly);
            }

            if (!_options.AllowIntrospection && DocumentInspector.MayIntrospect(query) && _inspector.Inspect(query) is { UsesIntrospection: true })
            {
                return GraphQLError.WithCode("Introspection is disabled on this endpoint.", TransportErrorCodes.IntrospectionDisabled);
            }

            return null;
        }

        if (request.DocumentId is { } id && await ReadPersistedAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return GraphQLError.WithCode($"The persisted operation \"{id}\" was not found.", TransportErrorCodes.PersistedOperationNotFound);
        }

        return null;
    }

    /// <summary>The kind of operation <paramref name="request"/> would run, when it can be known without executing.</summary>
    public async ValueTask<OperationType?> GetOperationTypeAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var text = request.Query;
        if (text is null && request.DocumentId is { } id) text = await ReadPersistedAsync(id, cancellationToken).ConfigureAwait(false);
        return text is null ? null : _inspector.Inspect(text)?.GetOperationType(request.OperationName);
    }

    private ValueTask<string?> ReadPersistedAsync(string id, CancellationToken cancellationToken) =>
        _storage is null ? ValueTask.FromResult<string?>(null) : _storage.TryReadAsync(id, cancellationToken);
}
