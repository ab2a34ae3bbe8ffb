using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Uploads;

/// <summary>
/// Streams a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
/// the <c>operations</c> field, the <c>map</c> field, then the files, read once, section by section, with
/// ASP.NET's <see cref="MultipartReader"/>. Files stay in memory up to a threshold and go to temporary
/// files beyond it; each file and the whole request are capped.
/// </summary>
internal static class MultipartRequestReader
{
    public static async Task<MultipartRequest> ReadAsync(HttpContext context, UploadOptions options, long maxFieldBytes)
    {
        var result = new MultipartRequest();
        context.Response.RegisterForDisposeAsync(result);

        if (context.Request.ContentLength is { } declared && declared > options.MaxRequestBytes)
        {
            return result.Fail(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge,
                $"The request is larger than the limit of {options.MaxRequestBytes} bytes.");
        }

        var boundary = GetBoundary(context.Request.ContentType);
        if (boundary is null) return result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, "The multipart request has no boundary.");

        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = options.MaxRequestBytes };
        try
        {
            await ReadSectionsAsync(reader, result, options, maxFieldBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException ex) when (result.Error is null)
        {
            var tooLarge = ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            result.Fail(tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                tooLarge ? TransportErrorCodes.RequestTooLarge : TransportErrorCodes.InvalidRequest,
                tooLarge ? $"The request is larger than the limit of {options.MaxRequestBytes} bytes." : "The multipart request is malformed: " + ex.Message);
        }
        catch (IOException ex) when (result.Error is null && !context.RequestAborted.IsCancellationRequested)
        {
            result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, "The multipart request is malformed: " + ex.Message);
        }

        return result;
    }

    private static async Task ReadSectionsAsync(
        MultipartReader reader, MultipartRequest result, UploadOptions options, long maxFieldBytes, CancellationToken cancellationToken)
    {
        var expected = 0; // 0: operations, 1: map, 2: files
        Dictionary<string, string[]>? map = null;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            var disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var d) ? d : null;
            var name = disposition?.Name.Value?.Trim('"');
            if (expected == 0)
            {
                if (name != "operations")
                {
                    result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, "The first field of a multipart request must be \"operations\".");
                    return;
                }

                var json = await ReadFieldAsync(section.Body, maxFieldBytes, cancellationToken).ConfigureAwait(false);
                if (json is null)
                {
                    result.Fail(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge, $"The \"operations\" field is larger than the limit of {maxFieldBytes} bytes.");
                    return;
                }

                if (!TryParse(json, out var operations))
                {
                    result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, "The \"operations\" field is not valid JSON.");
                    return;
                }

                result.Operations = operations;
                expected = 1;
            }
            else if (expected == 1)
            {
                map = name == "map" ? await ReadMapAsync(section.Body, maxFieldBytes, cancellationToken).ConfigureAwait(false) : null;
                if (map is null)
                {
                    result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest,
                        "The second field of a multipart request must be \"map\": a JSON object from file field names to arrays of object paths.");
                    return;
                }

                if (map.Count > options.MaxFileCount)
                {
                    result.Fail(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge, $"The request has more than {options.MaxFileCount} files.");
                    return;
                }

                result.Map = map;
                expected = 2;
            }
            else if (name is not null && map!.ContainsKey(name) && !result.Files.ContainsKey(name))
            {
                var fileName = disposition?.FileName.Value?.Trim('"') ?? disposition?.FileNameStar.Value ?? name;
                var file = await ReadFileAsync(section, fileName, options, cancellationToken).ConfigureAwait(false);
                if (file is null)
                {
                    result.Fail(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.FileTooLarge,
                        $"The file \"{fileName}\" is larger than the limit of {options.MaxFileBytes} bytes.");
                    return;
                }

                result.Files.Add(name, file);
            }
        }

        if (expected < 2)
        {
            result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, "A multipart request needs the \"operations\" and \"map\" fields.");
            return;
        }

        foreach (var key in map!.Keys)
        {
            if (!result.Files.ContainsKey(key))
            {
                result.Fail(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, $"The file \"{key}\" named in \"map\" is missing from the request.");
                return;
            }
        }
    }

    private static async Task<UploadedFile?> ReadFileAsync(MultipartSection section, string fileName, UploadOptions options, CancellationToken cancellationToken)
    {
        var threshold = Math.Max(0, options.MemoryThresholdBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(threshold, 16 * 1024) + 1);
        FileStream? spill = null;
        try
        {
            long total = 0;
            var inBuffer = 0;
            while (true)
            {
                var memory = spill is null ? buffer.AsMemory(inBuffer) : buffer.AsMemory();
                var read = await section.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                total += read;
                if (total > options.MaxFileBytes)
                {
                    if (spill is not null) await spill.DisposeAsync().ConfigureAwait(false);
                    spill = null;
                    return null;
                }

                if (spill is not null)
                {
                    await spill.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                inBuffer += read;
                if (inBuffer > threshold || inBuffer == buffer.Length)
                {
                    spill = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete,
                        16 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
                    await spill.WriteAsync(buffer.AsMemory(0, inBuffer), cancellationToken).ConfigureAwait(false);
                }
            }

            var contentType = section.ContentType;
            if (spill is null) return UploadedFile.InMemory(fileName, contentType, buffer, inBuffer);
            await spill.FlushAsync(cancellationToken).ConfigureAwait(false);
            var file = UploadedFile.OnDisk(fileName, contentType, spill);
            spill = null;
            return file;
        }
        finally
        {
            if (spill is not null) await spill.DisposeAsync().ConfigureAwait(false);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<byte[]?> ReadFieldAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (memory.Length + read > limit) return null;
                memory.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return memory.ToArray();
    }

    private static async Task<Dictionary<string, string[]>?> ReadMapAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var json = await ReadFieldAsync(body, limit, cancellationToken).ConfigureAwait(false);
        if (json is null || !TryParse(json, out var document)) return null;
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Array) return null;
                var paths = new string[entry.Value.GetArrayLength()];
                var i = 0;
                foreach (var path in entry.Value.EnumerateArray())
                {
                    if (path.ValueKind != JsonValueKind.String) return null;
                    paths[i++] = path.GetString()!;
                }

                map[entry.Name] = paths;
            }

            return map;
        }
    }

    private static bool TryParse(byte[] json, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            document = null!;
            return false;
        }
    }

    private static string? GetBoundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return null;
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) ? null : boundary;
    }
}
