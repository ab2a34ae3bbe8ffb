using System.Net.WebSockets;

namespace GraphQL.Client;

/// <summary>Whether operations are sent by their hash (persisted operations) instead of by their document.</summary>
public enum PersistedOperationMode
{
    /// <summary>Always send the document (default).</summary>
    Disabled,

    /// <summary>Send only the hash; the server must know it (e.g. from <c>GraphQLPersistedOperationsOutput</c>).</summary>
    HashOnly,

    /// <summary>Send the hash; when the server answers that it does not know it, send the document.</summary>
    HashWithDocumentFallback,
}

/// <summary>How the hash is sent.</summary>
public enum PersistedOperationFormat
{
    /// <summary><c>{"id": "&lt;hash&gt;"}</c> (GraphQL over HTTP persisted documents, Hot Chocolate).</summary>
    Id,

    /// <summary><c>{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "&lt;hash&gt;"}}}</c> (Apollo).</summary>
    PersistedQueryExtension,
}

/// <summary>Per-client options, configured through <see cref="GraphQLClientBuilder"/> (named options: the client's name).</summary>
public sealed class GraphQLClientOptions
{
    public PersistedOperationMode PersistedOperations { get; set; } = PersistedOperationMode.Disabled;

    public PersistedOperationFormat PersistedOperationFormat { get; set; } = PersistedOperationFormat.Id;

    /// <summary>Hooks run on every HTTP request before it is sent (headers, e.g. the caller's bearer token).</summary>
    public IList<Func<IServiceProvider, IHttpRequestInterceptor>> HttpRequestInterceptors { get; } =
        new List<Func<IServiceProvider, IHttpRequestInterceptor>>();

    /// <summary>The WebSocket transport of subscriptions.</summary>
    public GraphQLWebSocketOptions WebSocket { get; } = new();
}

/// <summary>Options of the <c>graphql-transport-ws</c> transport.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>
    /// The endpoint (<c>ws://</c> or <c>wss://</c>). Null: derived from the HTTP client's base address
    /// (<c>http</c> → <c>ws</c>, <c>https</c> → <c>wss</c>).
    /// </summary>
    public Uri? Uri { get; set; }

    /// <summary>
    /// The <c>payload</c> of <c>connection_init</c>, e.g. <c>{"authorization": "Bearer …"}</c>; values are written
    /// as JSON strings, numbers, booleans, nulls or <see cref="System.Text.Json.JsonElement"/>s.
    /// </summary>
    public Func<IServiceProvider, CancellationToken, ValueTask<IReadOnlyDictionary<string, object?>?>>? ConnectionInitPayload { get; set; }

    /// <summary>Configures each socket before it connects (headers, proxy, keep-alive).</summary>
    public Action<ClientWebSocketOptions>? ConfigureSocket { get; set; }

    /// <summary>How long to wait for <c>connection_ack</c> before failing (graphql-transport-ws).</summary>
    public TimeSpan ConnectionAckTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
