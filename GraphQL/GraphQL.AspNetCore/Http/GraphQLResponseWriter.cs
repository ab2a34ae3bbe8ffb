using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Writes responses straight to the response body's <see cref="System.IO.Pipelines.PipeWriter"/> with the
/// executor's UTF-8 writer, and decides status codes per GraphQL over HTTP §"Status Codes".
/// </summary>
internal static class GraphQLResponseWriter
{
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
        using (var writer = ExecutionResultWriter.CreateWriter(response.BodyWriter))
        {
            ExecutionResultWriter.Write(result, writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A batch: a JSON array with one response per request, in request order (status 200).</summary>
    public static async Task WriteBatchAsync(HttpContext context, ExecutionResult[] results, ResponseFormat format)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.ContentType(format);
        using (var writer = ExecutionResultWriter.CreateWriter(response.BodyWriter))
        {
            writer.WriteStartArray();
            foreach (var result in results) ExecutionResultWriter.Write(result, writer);
            writer.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
