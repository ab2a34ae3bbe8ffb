using System.Buffers;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// graphql-sse "distinct connections" mode: one <c>event: next</c> per result, then <c>event: complete</c>.
/// The client closing the connection cancels <see cref="HttpContext.RequestAborted"/>, which ends the
/// response stream and releases its subscription.
/// </summary>
internal static class ServerSentEventsWriter
{
    private static ReadOnlySpan<byte> NextPrefix => "event: next\ndata: "u8;
    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;
    private static ReadOnlySpan<byte> Complete => "event: complete\ndata: \n\n"u8;

    public static async Task WriteAsync(HttpContext context, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.EventStream;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var aborted = context.RequestAborted;

        try
        {
            if (result.ResponseStream is { } stream)
            {
                // Headers go out at once so the client knows the subscription is established.
                await response.StartAsync(aborted).ConfigureAwait(false);
                await response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
                await foreach (var item in stream.WithCancellation(aborted).ConfigureAwait(false))
                {
                    await WriteNextAsync(context, item).ConfigureAwait(false);
                }
            }
            else
            {
                await WriteNextAsync(context, result).ConfigureAwait(false);
            }

            response.BodyWriter.Write(Complete);
            await response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; disposing the result below releases the subscription.
        }
        finally
        {
            await result.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async ValueTask WriteNextAsync(HttpContext context, ExecutionResult result)
    {
        var body = context.Response.BodyWriter;
        body.Write(NextPrefix);
        using (var writer = ExecutionResultWriter.CreateWriter(body))
        {
            ExecutionResultWriter.Write(result, writer);
        }

        body.Write(EventEnd);
        await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
