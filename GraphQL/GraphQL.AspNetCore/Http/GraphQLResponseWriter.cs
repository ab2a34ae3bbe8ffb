using System.Buffers;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Writes responses with the executor's UTF-8 writer, and decides status codes per GraphQL over HTTP
/// §"Status Codes". A response is serialized into this thread's reusable buffer first, so it goes out with
/// a <c>Content-Length</c> in one write: streamed into the <see cref="System.IO.Pipelines.PipeWriter"/>
/// instead, Kestrel falls back to chunked transfer encoding (chunk headers and a terminating chunk on every
/// response), which measurably cost throughput on small responses (docs/performance.md, "HTTP server vs
/// Node peers"). The result is already materialized by the executor, so buffering adds no latency.
/// </summary>
internal static class GraphQLResponseWriter
{
    /// <summary>Buffers grown past this are dropped after use rather than kept by the thread.</summary>
    private const int MaxRetainedBuffer = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>
    /// The status of an executor result: with <c>application/json</c> always 200; with
    /// <c>application/graphql-response+json</c> 200 when execution started (a <c>data</c> entry), 500 for an
    /// internal failure, otherwise 400 (request errors: parse, validation, variables, limits).
    /// </summary>
    public static int StatusOf(ExecutionResult result, ResponseFormat format)
    {
        if (format != ResponseFormat.GraphQLResponseJson || result.HasData) return StatusCodes.Status200OK;
        if (result.Errors is { } errors)
        {
            for (var i = 0; i < errors.Count; i++)
            {
                if (errors[i].Code == ErrorCodes.InternalServerError) return StatusCodes.Status500InternalServerError;
            }
        }

        return StatusCodes.Status400BadRequest;
    }

    public static Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseFormat format) =>
        WriteAsync(context, result, StatusOf(result, format), format);

    /// <summary>A transport error (never reached the executor) with its own status.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string message, string code, ResponseFormat format = ResponseFormat.Json) =>
        WriteAsync(context, ExecutionResult.FromError(GraphQLError.WithCode(message, code)), status,
            format == ResponseFormat.GraphQLResponseJson ? ResponseFormat.GraphQLResponseJson : ResponseFormat.Json);

    public static async Task WriteAsync(HttpContext context, ExecutionResult result, int status, ResponseFormat format)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypeNegotiation.ContentType(format);
        var (buffer, writer) = Rent();
        ExecutionResultWriter.Write(result, writer);
        await SendAsync(context, buffer, writer).ConfigureAwait(false);
    }

    /// <summary>A batch: a JSON array with one response per request, in request order (status 200).</summary>
    public static async Task WriteBatchAsync(HttpContext context, ExecutionResult[] results, ResponseFormat format)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.ContentType(format);
        var (buffer, writer) = Rent();
        writer.WriteStartArray();
        foreach (var result in results) ExecutionResultWriter.Write(result, writer);
        writer.WriteEndArray();
        await SendAsync(context, buffer, writer).ConfigureAwait(false);
    }

    /// <summary>This thread's buffer and writer, taken from the thread until <see cref="SendAsync"/> returns them.</summary>
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Rent()
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(4096);
        var writer = _writer;
        _buffer = null;
        _writer = null;
        if (writer is null) writer = ExecutionResultWriter.CreateWriter(buffer);
        else writer.Reset(buffer);
        return (buffer, writer);
    }

    /// <summary>
    /// Copies the written JSON into the response pipe with its length, gives the buffer back to the thread
    /// (synchronously, before any await: a continuation may run on another thread) and flushes.
    /// </summary>
    private static ValueTask<System.IO.Pipelines.FlushResult> SendAsync(HttpContext context, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        writer.Flush();
        var response = context.Response;
        response.ContentLength = buffer.WrittenCount;
        if (!HttpMethods.IsHead(context.Request.Method)) response.BodyWriter.Write(buffer.WrittenSpan);
        writer.Reset();
        if (buffer.Capacity <= MaxRetainedBuffer)
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
            _writer = writer;
        }
        else
        {
            writer.Dispose();
        }

        return response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
