using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace Boutique.CatalogBaseline;

/// <summary>
/// <c>POST /graphql</c>: reads the request body to its end (as a GraphQL server must before answering)
/// without interpreting it, runs the listing and answers with a Content-Length like the API does.
/// </summary>
internal static class ListingEndpoint
{
    public static async Task HandleAsync(HttpContext context, ListingQuery query, ProductIds ids)
    {
        await DrainAsync(context.Request.BodyReader, context.RequestAborted);
        var page = await query.RunAsync(context.RequestAborted);

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, ListingWriter.Options)) ListingWriter.Write(writer, page, ids);
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static async Task DrainAsync(PipeReader body, CancellationToken ct)
    {
        while (true)
        {
            var read = await body.ReadAsync(ct);
            body.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted) return;
        }
    }
}
