using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Finds the request's document in the cache: by the SHA-256 (lower-case hex) of the text, or by the
/// persisted document id, whose text comes from <see cref="IOperationDocumentStorage"/> on a miss.
/// </summary>
internal sealed class DocumentCacheMiddleware
{
    private const int StackallocThreshold = 1024;
    private readonly RequestDelegate _next;

    public DocumentCacheMiddleware(RequestDelegate next) => _next = next;

    public async ValueTask InvokeAsync(RequestContext context)
    {
        var request = context.Request;
        var cache = context.Executor.DocumentCache;
        if (request.Query is { } text)
        {
            context.DocumentText = text;
            context.DocumentKey = Hash(text);
        }
        else if (request.DocumentId is { Length: > 0 } id)
        {
            context.DocumentKey = id;
            if (!cache.TryGet(id, out _))
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

        if (cache.TryGet(context.DocumentKey, out var cached)) context.Document = cached;
        await _next(context).ConfigureAwait(false);
    }

    /// <summary>The lower-case hex SHA-256 of the UTF-8 text (the persisted-operation id format).</summary>
    public static string Hash(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= StackallocThreshold ? stackalloc byte[StackallocThreshold] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
