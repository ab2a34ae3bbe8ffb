using System.Text.Json;
using GraphQL.AspNetCore.BananaCakePop;
using GraphQL.AspNetCore.Uploads;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// The endpoint of <c>MapGraphQL</c>: dispatches a WebSocket upgrade, a GET (query, <c>?sdl</c> or the IDE)
/// or a POST (JSON, batch or multipart), negotiates the response format, applies the server's rules
/// and executes. Protocol: GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/).
/// </summary>
internal sealed class GraphQLHttpMiddleware
{
    private readonly GraphQLEndpoint _endpoint;

    public GraphQLHttpMiddleware(GraphQLEndpoint endpoint) => _endpoint = endpoint;

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = _endpoint;
        // RequestServices only on the first request: reading it creates the request's service scope.
        if (!endpoint.IsInitialized) await endpoint.InitializeAsync(context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        var method = context.Request.Method;

        if (context.WebSockets.IsWebSocketRequest && endpoint.Options.WebSockets.Enable)
        {
            await WebSocketHandler.HandleAsync(context, endpoint).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            await HandleGetAsync(context, endpoint).ConfigureAwait(false);
        }
        else if (HttpMethods.IsPost(method))
        {
            await HandlePostAsync(context, endpoint).ConfigureAwait(false);
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed,
                $"The GraphQL endpoint does not accept {method} requests; use GET or POST.", TransportErrorCodes.MethodNotAllowed).ConfigureAwait(false);
        }
    }

    private static async Task HandleGetAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var options = endpoint.Options;
        var query = context.Request.Query;
        if (options.EnableSchemaRequests && query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(endpoint.SchemaText, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var hasRequest = query.ContainsKey("query") || query.ContainsKey("id") || query.ContainsKey("documentId") || query.ContainsKey("extensions");
        if (!hasRequest && options.Tool.Enable && MediaTypeNegotiation.AcceptsHtml(context.Request.Headers.Accept))
        {
            await BananaCakePopHandler.ServeAsync(context, endpoint, relativePath: string.Empty).ConfigureAwait(false);
            return;
        }

        if (!options.EnableGetRequests)
        {
            await MethodNotAllowedAsync(context, "GET requests are disabled on this endpoint; use POST.").ConfigureAwait(false);
            return;
        }

        var format = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept, options.EnableServerSentEvents);
        if (format == ResponseFormat.None)
        {
            await NotAcceptableAsync(context).ConfigureAwait(false);
            return;
        }

        var request = ReadGetRequest(context, out var error);
        if (request is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!, TransportErrorCodes.InvalidRequest, format).ConfigureAwait(false);
            return;
        }

        // GraphQL over HTTP §"GET": GET must not change state, so only queries (and SSE subscriptions) run.
        if (await endpoint.Policy.GetOperationTypeAsync(request, context.RequestAborted).ConfigureAwait(false) == OperationType.Mutation)
        {
            await MethodNotAllowedAsync(context, "Mutations cannot be sent with GET; use POST.").ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, endpoint, request, format).ConfigureAwait(false);
    }

    private static GraphQLRequest? ReadGetRequest(HttpContext context, out string? error)
    {
        var query = context.Request.Query;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        if (!TryJsonObject(query["variables"], "variables", out variables, out error)) return null;
        if (!TryJsonObject(query["extensions"], "extensions", out extensions, out error)) return null;

        var text = NullIfEmpty(query["query"]);
        var id = NullIfEmpty(query["id"]) ?? NullIfEmpty(query["documentId"]);
        if (id is null && extensions is not null) id = GraphQLRequestReader.PersistedQueryHash(extensions);
        if (text is null && id is null)
        {
            error = "The request must contain a \"query\" parameter or a persisted operation \"id\".";
            return null;
        }

        error = null;
        return new GraphQLRequest
        {
            Query = text,
            DocumentId = text is null ? id : null,
            OperationName = NullIfEmpty(query["operationName"]),
            Variables = variables,
            Extensions = extensions,
            User = context.User,
            Services = new HttpRequestServices(context),
        };
    }

    private static bool TryJsonObject(string? json, string name, out IReadOnlyDictionary<string, object?>? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(json)) return true;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return true;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                value = JsonInputConverter.ToInputObject(document.RootElement);
                return true;
            }
        }
        catch (JsonException)
        {
        }

        error = $"The \"{name}\" parameter must be a JSON-encoded object.";
        return false;
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || string.IsNullOrEmpty(value[0]) ? null : value[0];

    private static async Task HandlePostAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var options = endpoint.Options;
        var format = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept, options.EnableServerSentEvents);
        if (format == ResponseFormat.None)
        {
            await NotAcceptableAsync(context).ConfigureAwait(false);
            return;
        }

        if (MediaTypeNegotiation.IsPlainJson(context.Request.ContentType))
        {
            await HandleJsonPostAsync(context, endpoint, format).ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType))
        {
            await UnsupportedMediaTypeAsync(context, format).ConfigureAwait(false);
            return;
        }

        var charset = contentType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType,
                $"The request charset \"{charset}\" is not supported; send UTF-8.", TransportErrorCodes.UnsupportedMediaType, format).ConfigureAwait(false);
            return;
        }

        if (contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.MediaType.Equals("application/graphql-request+json", StringComparison.OrdinalIgnoreCase))
        {
            await HandleJsonPostAsync(context, endpoint, format).ConfigureAwait(false);
        }
        else if (options.Uploads.Enable && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            await HandleMultipartAsync(context, endpoint, format).ConfigureAwait(false);
        }
        else
        {
            await UnsupportedMediaTypeAsync(context, format).ConfigureAwait(false);
        }
    }

    private static async Task HandleJsonPostAsync(HttpContext context, GraphQLEndpoint endpoint, ResponseFormat format)
    {
        var options = endpoint.Options;
        var (outcome, body) = await RequestBodyReader.ReadAsync(context, options.MaxRequestBytes).ConfigureAwait(false);
        switch (outcome)
        {
            case RequestBodyReader.Outcome.TooLarge:
                await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge,
                    $"The request body is larger than the limit of {options.MaxRequestBytes} bytes.", TransportErrorCodes.RequestTooLarge, format).ConfigureAwait(false);
                return;
            case RequestBodyReader.Outcome.Empty:
                await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                    "The request body is empty; send a JSON object with a \"query\".", TransportErrorCodes.InvalidRequest, format).ConfigureAwait(false);
                return;
        }

        GraphQLRequest? request = null;
        string? error = null;
        using (body)
        {
            // JsonDocument.Parse(ReadOnlyMemory) does not copy: the batch document reads the rented body until disposed.
            JsonDocument? batch = null;
            try
            {
                if (IsArray(body.Span)) batch = JsonDocument.Parse(body.Memory, new JsonDocumentOptions { MaxDepth = GraphQLRequestReader.MaxDepth });
                else request = GraphQLRequestReader.Read(body.Span, context.User, new HttpRequestServices(context), out error);
            }
            catch (JsonException)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                    "The request body is not valid JSON.", TransportErrorCodes.InvalidRequest, format).ConfigureAwait(false);
                return;
            }

            if (batch is not null)
            {
                using (batch) await ExecuteBatchAsync(context, endpoint, batch.RootElement, format).ConfigureAwait(false);
                return;
            }
        }

        // A single request holds its own strings: the body goes back to the pool before it executes.
        if (request is null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error!, TransportErrorCodes.InvalidRequest, format).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, endpoint, request, format).ConfigureAwait(false);
    }

    /// <summary>Whether the body's first non-whitespace byte opens a JSON array: a batch of requests.</summary>
    private static bool IsArray(ReadOnlySpan<byte> json)
    {
        var start = json.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && json[start] == (byte)'[';
    }

    private static async Task ExecuteBatchAsync(HttpContext context, GraphQLEndpoint endpoint, JsonElement array, ResponseFormat format)
    {
        var max = endpoint.Options.MaxBatchSize;
        var count = array.GetArrayLength();
        if (count > max || count == 0)
        {
            var message = max == 0 ? "Batched requests are disabled on this endpoint."
                : count == 0 ? "The batch is empty." : $"The batch holds {count} requests, more than the limit of {max}.";
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, message,
                count == 0 ? TransportErrorCodes.InvalidRequest : TransportErrorCodes.BatchTooLarge, format).ConfigureAwait(false);
            return;
        }

        var requests = new GraphQLRequest?[count];
        var errors = new string?[count];
        var services = new HttpRequestServices(context);
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            requests[i] = GraphQLRequestReader.Read(item, context.User, services, out errors[i]);
            i++;
        }

        await ExecuteBatchAsync(context, endpoint, requests, errors, format).ConfigureAwait(false);
    }

    private static async Task ExecuteBatchAsync(HttpContext context, GraphQLEndpoint endpoint, GraphQLRequest?[] requests, string?[] errors, ResponseFormat format)
    {
        // Sequential, in order: a batch may hold a mutation followed by a query that reads its effect.
        var results = new ExecutionResult[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            results[i] = requests[i] is { } request
                ? await RunAsync(endpoint, request, context.RequestAborted).ConfigureAwait(false)
                : ExecutionResult.FromError(GraphQLError.WithCode(errors[i]!, TransportErrorCodes.InvalidRequest));
            if (results[i].ResponseStream is not null)
            {
                await results[i].DisposeAsync().ConfigureAwait(false);
                results[i] = ExecutionResult.FromError(GraphQLError.WithCode(
                    "Subscriptions cannot be batched; use a WebSocket or Server-Sent Events.", TransportErrorCodes.StreamingTransportRequired));
            }
        }

        await GraphQLResponseWriter.WriteBatchAsync(context, results, format == ResponseFormat.EventStream ? ResponseFormat.Json : format).ConfigureAwait(false);
    }

    private static async Task HandleMultipartAsync(HttpContext context, GraphQLEndpoint endpoint, ResponseFormat format)
    {
        var uploads = endpoint.Options.Uploads;
        if (uploads.RequirePreflightHeader && !HasPreflightHeader(context.Request.Headers))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                "Multipart requests must carry a \"GraphQL-Preflight: 1\" (or \"Apollo-Require-Preflight\") header, "
                + "which browsers only send after a CORS preflight; this protects the endpoint against cross-site request forgery.",
                TransportErrorCodes.PreflightRequired, format).ConfigureAwait(false);
            return;
        }

        var multipart = await MultipartRequestReader.ReadAsync(context, uploads, endpoint.Options.MaxRequestBytes).ConfigureAwait(false);
        if (multipart.Error is { } failure)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, failure.Status, failure.Message, failure.Code, format).ConfigureAwait(false);
            return;
        }

        var root = multipart.Operations!.RootElement;
        var batch = root.ValueKind == JsonValueKind.Array;
        var count = batch ? root.GetArrayLength() : 1;
        if (batch && (count == 0 || count > endpoint.Options.MaxBatchSize))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest,
                $"The batch holds {count} requests; between 1 and {endpoint.Options.MaxBatchSize} are allowed.", TransportErrorCodes.BatchTooLarge, format).ConfigureAwait(false);
            return;
        }

        var requests = new GraphQLRequest?[count];
        var errors = new string?[count];
        var services = new HttpRequestServices(context);
        if (batch)
        {
            var i = 0;
            foreach (var item in root.EnumerateArray())
            {
                requests[i] = GraphQLRequestReader.Read(item, context.User, services, out errors[i]);
                if (requests[i] is null) break;
                i++;
            }
        }
        else
        {
            requests[0] = GraphQLRequestReader.Read(root, context.User, services, out errors[0]);
        }

        var firstError = Array.Find(errors, e => e is not null);
        var mapError = firstError ?? UploadMapper.Apply(requests!, batch, multipart.Map!, multipart.Files);
        if (mapError is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, mapError, TransportErrorCodes.InvalidRequest, format).ConfigureAwait(false);
            return;
        }

        if (batch) await ExecuteBatchAsync(context, endpoint, requests, errors, format).ConfigureAwait(false);
        else await ExecuteAsync(context, endpoint, requests[0]!, format).ConfigureAwait(false);
    }

    private static bool HasPreflightHeader(IHeaderDictionary headers) =>
        headers.ContainsKey("GraphQL-Preflight") || headers.ContainsKey("Apollo-Require-Preflight") || headers.ContainsKey("X-Apollo-Operation-Name");

    private static async Task ExecuteAsync(HttpContext context, GraphQLEndpoint endpoint, GraphQLRequest request, ResponseFormat format)
    {
        var result = await RunAsync(endpoint, request, context.RequestAborted).ConfigureAwait(false);
        if (format == ResponseFormat.EventStream && (result.ResponseStream is not null || result.HasData))
        {
            await ServerSentEventsWriter.WriteAsync(context, result).ConfigureAwait(false);
            return;
        }

        await using (result.ConfigureAwait(false))
        {
            if (result.ResponseStream is not null)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed,
                    "Subscriptions need a streaming transport: send \"Accept: text/event-stream\" or use a WebSocket.",
                    TransportErrorCodes.StreamingTransportRequired, format).ConfigureAwait(false);
                return;
            }

            // A request error under text/event-stream is answered as plain JSON with its 4xx (graphql-sse).
            var writeFormat = format == ResponseFormat.EventStream ? ResponseFormat.GraphQLResponseJson : format;
            await GraphQLResponseWriter.WriteResultAsync(context, result, writeFormat).ConfigureAwait(false);
        }
    }

    /// <summary>The server's rules, then the executor.</summary>
    internal static async ValueTask<ExecutionResult> RunAsync(GraphQLEndpoint endpoint, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (await endpoint.Policy.CheckAsync(request, cancellationToken).ConfigureAwait(false) is { } rejection)
        {
            return ExecutionResult.FromError(rejection);
        }

        return await endpoint.Executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static Task MethodNotAllowedAsync(HttpContext context, string message)
    {
        context.Response.Headers.Allow = "POST";
        return GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, message, TransportErrorCodes.MethodNotAllowed);
    }

    private static Task NotAcceptableAsync(HttpContext context) =>
        GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable,
            "The Accept header allows none of application/graphql-response+json, application/json or text/event-stream.",
            TransportErrorCodes.NotAcceptable);

    private static Task UnsupportedMediaTypeAsync(HttpContext context, ResponseFormat format) =>
        GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType,
            context.Request.ContentType is { Length: > 0 } type
                ? $"The content type \"{type}\" is not supported; send application/json or multipart/form-data."
                : "The request has no Content-Type; send application/json.",
            TransportErrorCodes.UnsupportedMediaType, format);
}
