namespace GraphQL.AspNetCore;

/// <summary>
/// How <c>MapGraphQL</c> serves one schema over HTTP, WebSocket and SSE; set with
/// <c>builder.ModifyServerOptions(o => ...)</c>. The defaults are safe for a public endpoint; every
/// limit answers with a stable <c>extensions.code</c> (see <see cref="TransportErrorCodes"/>).
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest JSON request body in bytes (<c>REQUEST_TOO_LARGE</c>, status 413). Multipart requests have their own limits.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Most requests in one batch (a JSON array); more is a 400 <c>BATCH_TOO_LARGE</c>. Zero disables batching.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried. On by default because the IDE and partners'
    /// code generators need it; turn it off for endpoints that only serve persisted operations
    /// (then introspection answers <c>INTROSPECTION_DISABLED</c>).
    /// </summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Whether queries may be sent with GET (GraphQL over HTTP §"GET"); mutations never may.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the schema text.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Whether a POST accepting <c>text/event-stream</c> is answered with Server-Sent Events (graphql-sse "distinct connections").</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>
    /// A folder of <c>&lt;hash&gt;.graphql</c> files: requests may send <c>{"id": "&lt;hash&gt;"}</c> (or the
    /// <c>persistedQuery</c> extension) instead of the document. Null disables persisted operations.
    /// </summary>
    public string? PersistedOperationsDirectory { get; set; }

    /// <summary>Rejects requests that carry a document instead of an id (<c>PERSISTED_OPERATION_ONLY</c>).</summary>
    public bool OnlyPersistedOperations { get; set; }

    /// <summary>The GraphQL multipart request (file uploads).</summary>
    public UploadOptions Uploads { get; } = new();

    /// <summary>The WebSocket transports (<c>graphql-transport-ws</c> and the legacy <c>graphql-ws</c>).</summary>
    public WebSocketTransportOptions WebSockets { get; } = new();

    /// <summary>The Banana Cake Pop IDE served on a browser GET.</summary>
    public BananaCakePopOptions Tool { get; } = new();
}

/// <summary>Limits of the GraphQL multipart request spec (uploads).</summary>
public sealed class UploadOptions
{
    /// <summary>Whether multipart requests are accepted at all.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// Requires a header that a browser cannot send cross-site without a CORS preflight
    /// (<c>GraphQL-Preflight</c>, <c>Apollo-Require-Preflight</c> or <c>X-Apollo-Operation-Name</c>), because
    /// <c>multipart/form-data</c> is a "simple" content type that a hostile page may post (CSRF).
    /// </summary>
    public bool RequirePreflightHeader { get; set; } = true;

    /// <summary>Largest single file in bytes (<c>FILE_TOO_LARGE</c>, status 413).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest multipart request in bytes, all parts together (<c>REQUEST_TOO_LARGE</c>, status 413).</summary>
    public long MaxRequestBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Most files in one request.</summary>
    public int MaxFileCount { get; set; } = 20;

    /// <summary>Files up to this size stay in memory; larger ones are written to a temporary file deleted after the request.</summary>
    public int MemoryThresholdBytes { get; set; } = 64 * 1024;
}

/// <summary>Options of the WebSocket transports.</summary>
public sealed class WebSocketTransportOptions
{
    public bool Enable { get; set; } = true;

    /// <summary>How long a client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings (<c>ping</c>, or <c>ka</c> on the legacy protocol); null disables keep-alive.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Most operations one connection may run at once; more are answered with an error (<c>TOO_MANY_OPERATIONS</c>).</summary>
    public int MaxConcurrentOperations { get; set; } = 64;

    /// <summary>Largest message the server reads; a larger one closes the socket (1009, message too big).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}

/// <summary>The Banana Cake Pop IDE.</summary>
public sealed class BananaCakePopOptions
{
    public bool Enable { get; set; } = true;

    /// <summary>The page title.</summary>
    public string Title { get; set; } = "Banana Cake Pop";

    /// <summary>Whether the IDE sends queries with GET.</summary>
    public bool UseGet { get; set; }

    /// <summary>Whether the IDE sends the browser's cookies with its requests.</summary>
    public bool IncludeCookies { get; set; }
}
