using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a JSON request body from the request's <see cref="PipeReader"/> into one <see cref="JsonDocument"/>
/// without copying it into a string first, stopping as soon as the body passes the size limit.
/// </summary>
internal static class RequestBodyReader
{
    public enum Outcome
    {
        Ok,
        Empty,
        TooLarge,
        Malformed,
    }

    public static async ValueTask<(Outcome Outcome, JsonDocument? Document)> ReadJsonAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength is { } declared && declared > maxBytes) return (Outcome.TooLarge, null);

        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (Outcome.TooLarge, null);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    if (buffer.Length == 0) return (Outcome.Empty, null);
                    return (Outcome.Ok, Parse(buffer));
                }
                catch (JsonException)
                {
                    return (Outcome.Malformed, null);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            // Consume nothing, examine everything: the next read returns the whole body so far.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Parses a copy of the body. <see cref="JsonDocument.Parse(ReadOnlySequence{byte}, JsonDocumentOptions)"/>
    /// does not copy a single-segment sequence: the document keeps pointing into the pipe's memory, which
    /// goes back to Kestrel's pool at <c>AdvanceTo</c> and is reused by the next request on any connection.
    /// Under load (bench/http.sh, 32 connections) that rewrote documents still in use: random 400s
    /// ("Syntax Error: Unexpected ...", "must contain a query"). The copy is the size of the body.
    /// </summary>
    private static JsonDocument Parse(ReadOnlySequence<byte> buffer) =>
        JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
}
