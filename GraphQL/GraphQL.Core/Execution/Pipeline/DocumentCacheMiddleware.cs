using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Finds the request's document in the cache: by its text (see <see cref="DocumentKey"/>), or by the
/// persisted document id, whose text comes from <see cref="IOperationDocumentStorage"/> on a miss.
/// </summary>
internal sealed class DocumentCacheMiddleware
{
    private readonly RequestDelegate _next;

    public DocumentCacheMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        var request = context.Request;
        if (request.Query is { } text)
        {
            // The document as text (what clients send): synchronous, no state machine.
            context.DocumentText = text;
            context.DocumentKey = DocumentKey.ForText(text);
            return Next(context);
        }

        return InvokeByIdAsync(context);
    }

    private async ValueTask InvokeByIdAsync(RequestContext context)
    {
        var request = context.Request;
        var cache = context.Executor.DocumentCache;
        if (request.DocumentId is { Length: > 0 } id)
        {
            context.DocumentKey = DocumentKey.ForPersistedId(id);
            if (!cache.TryGet(context.DocumentKey.Value, out _))
            {
                var storage = context.Services.GetService<IOperationDocumentStorage>();
                var stored = storage is null ? null : await storage.TryReadAsync(id, context.RequestAborted).ConfigureAwait(false);
                if (stored is null)
                {
                    context.Result = ExecutionResult.FromError(GraphQLError.WithCode("PersistedQueryNotFound", ErrorCodes.PersistedDocumentNotFound));
                    return;
                }

                context.DocumentText = stored;
            }
        }
        else
        {
            context.Result = ExecutionResult.FromError(
                GraphQLError.WithCode("The request must contain a query or a document id.", ErrorCodes.BadRequest));
            return;
        }

        await Next(context).ConfigureAwait(false);
    }

    private ValueTask Next(RequestContext context)
    {
        if (context.Executor.DocumentCache.TryGet(context.DocumentKey!.Value, out var cached)) context.Document = cached;
        return _next(context);
    }
}
