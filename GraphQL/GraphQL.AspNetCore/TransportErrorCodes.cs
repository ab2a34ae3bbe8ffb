namespace GraphQL.AspNetCore;

/// <summary>
/// The <c>extensions.code</c> values of errors raised by the transport before the executor runs
/// (the executor's own are in <see cref="GraphQL.Execution.ErrorCodes"/>). Stable: clients branch on them.
/// </summary>
public static class TransportErrorCodes
{
    /// <summary>The body is not JSON, or a parameter has the wrong type (<c>query</c> not a string, <c>variables</c> not an object, ...).</summary>
    public const string InvalidRequest = "BAD_REQUEST";

    /// <summary>The request body is larger than the configured limit (status 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>An uploaded file is larger than <see cref="UploadOptions.MaxFileBytes"/> (status 413).</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";

    /// <summary>The batch holds more requests than <see cref="GraphQLServerOptions.MaxBatchSize"/>.</summary>
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    /// <summary>The Content-Type is not one the endpoint reads (status 415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header allows no format the endpoint writes (status 406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method cannot run the request, e.g. a mutation sent with GET (status 405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A multipart request lacks the CSRF preflight header.</summary>
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";

    /// <summary>The endpoint only runs persisted operations and the request carried a document.</summary>
    public const string PersistedOperationOnly = "PERSISTED_OPERATION_ONLY";

    /// <summary>No persisted operation has the requested id.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";

    /// <summary>Introspection is turned off (<see cref="GraphQLServerOptions.AllowIntrospection"/>).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>A subscription was sent over a transport that cannot stream (plain HTTP without <c>text/event-stream</c>).</summary>
    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";

    /// <summary>A WebSocket connection runs as many operations as <see cref="WebSocketTransportOptions.MaxConcurrentOperations"/> allows.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
}
