using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a request body from the request's <see cref="PipeReader"/> into one pooled buffer, stopping as
/// soon as the body passes the size limit. The caller parses the bytes (a single request with
/// <see cref="GraphQLRequestReader"/>'s <c>Utf8JsonReader</c>, no <c>JsonDocument</c>) and disposes the body.
/// </summary>
internal static class RequestBodyReader
{
    public enum Outcome
    {
        Ok,
        Empty,
        TooLarge,
    }

    public static async ValueTask<(Outcome Outcome, RequestBody Body)> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength is { } declared && declared > maxBytes) return (Outcome.TooLarge, default);

        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (Outcome.TooLarge, default);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return buffer.Length == 0 ? (Outcome.Empty, default) : (Outcome.Ok, RequestBody.CopyOf(buffer));
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
}

/// <summary>
/// The bytes of a request body in an array rented from the shared pool; <see cref="Dispose"/> returns it.
/// The bytes are copied out of the pipe because the pipe's memory goes back to Kestrel's pool at
/// <c>AdvanceTo</c> and is reused by the next request on any connection: a parser still pointing into it
/// (as <c>JsonDocument.Parse</c> over a single-segment sequence does) read other requests' bytes under
/// load (bench/http.sh: random 400s, "Syntax Error: Unexpected ..."). Renting keeps that copy free of
/// allocation.
/// </summary>
internal readonly struct RequestBody : IDisposable
{
    private readonly byte[]? _array;
    private readonly int _length;

    private RequestBody(byte[] array, int length)
    {
        _array = array;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _array is null ? default : _array.AsSpan(0, _length);

    public ReadOnlyMemory<byte> Memory => _array is null ? default : _array.AsMemory(0, _length);

    public static RequestBody CopyOf(ReadOnlySequence<byte> bytes)
    {
        var length = checked((int)bytes.Length);
        var array = ArrayPool<byte>.Shared.Rent(length);
        bytes.CopyTo(array);
        return new RequestBody(array, length);
    }

    public void Dispose()
    {
        if (_array is not null) ArrayPool<byte>.Shared.Return(_array);
    }
}
