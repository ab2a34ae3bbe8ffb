namespace GraphQL.Execution.Pipeline;

/// <summary>
/// The request pipeline, in order. Each middleware does one step and either ends the request by
/// setting <see cref="RequestContext.Result"/> or calls the next one:
/// <list type="number">
/// <item><see cref="ExceptionMiddleware"/>: an unexpected failure becomes an <c>INTERNAL_SERVER_ERROR</c> result.</item>
/// <item><see cref="DocumentCacheMiddleware"/>: looks the document up by the SHA-256 of its text or by its persisted id;
/// a hit skips parsing and validation.</item>
/// <item><see cref="ParseMiddleware"/>: parses a document that was not cached (<c>GRAPHQL_PARSE_FAILED</c>).</item>
/// <item><see cref="ValidationMiddleware"/>: validates once per cached document (spec §5, <c>GRAPHQL_VALIDATION_FAILED</c>)
/// and caches the result with the document.</item>
/// <item><see cref="OperationResolutionMiddleware"/>: GetOperation (spec §6.1, <c>OPERATION_NOT_FOUND</c>) and the
/// operation's compiled plan, cached per (document, operation name).</item>
/// <item><see cref="VariableCoercionMiddleware"/>: CoerceVariableValues (spec §6.1.2, <c>BAD_USER_INPUT</c>).</item>
/// <item><see cref="LimitsMiddleware"/>: introspection off (<c>INTROSPECTION_DISABLED</c>), depth, field count and cost (<c>MAX_DEPTH_EXCEEDED</c>, <c>MAX_FIELDS_EXCEEDED</c>,
/// <c>MAX_COST_EXCEEDED</c>), before any resolver runs. It follows variable coercion because a page size
/// given as a variable (<c>first: $n</c>) must count with its real value.</item>
/// <item><see cref="ExecutionMiddleware"/>: executes the operation (spec §6.2) under the execution timeout.</item>
/// </list>
/// </summary>
internal static class RequestPipeline
{
    public static RequestDelegate Build()
    {
        RequestDelegate next = static _ => ValueTask.CompletedTask;
        next = new ExecutionMiddleware(next).InvokeAsync;
        next = new LimitsMiddleware(next).InvokeAsync;
        next = new VariableCoercionMiddleware(next).InvokeAsync;
        next = new OperationResolutionMiddleware(next).InvokeAsync;
        next = new ValidationMiddleware(next).InvokeAsync;
        next = new ParseMiddleware(next).InvokeAsync;
        next = new DocumentCacheMiddleware(next).InvokeAsync;
        next = new ExceptionMiddleware(next).InvokeAsync;
        return next;
    }
}
