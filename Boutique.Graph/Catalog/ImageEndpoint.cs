using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace Boutique.Graph.Catalog;

/// <summary>
/// <c>GET /images/{sha256}.{ext}</c>: image bytes from the <c>images</c> table. The name is the hash of
/// the content, so a URL never changes meaning: the response is cacheable forever, the ETag is the
/// hash, and a revalidation is answered with 304 without touching the database.
/// </summary>
internal static class ImageEndpoint
{
    private const string CacheForever = "public, max-age=31536000, immutable";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/images/{file}", ServeAsync).WithDisplayName("Product images");

    private static async Task ServeAsync(HttpContext http, string file, NpgsqlDataSource dataSource)
    {
        var dot = file.IndexOf('.');
        var hash = dot < 0 ? file : file[..dot];
        if (!IsSha256(hash))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var etag = "\"" + hash + "\"";
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            // Content addressed: if the client has this hash, it has these bytes.
            SetCachingHeaders(http.Response, etag);
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using var command = dataSource.CreateCommand("SELECT content_type, content FROM images WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        if (!await reader.ReadAsync(http.RequestAborted) || !ExtensionFits(file, dot, reader.GetString(0)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var content = reader.GetFieldValue<byte[]>(1);
        SetCachingHeaders(http.Response, etag);
        http.Response.ContentType = reader.GetString(0);
        http.Response.ContentLength = content.Length;
        // SVG can carry script: never let a browser run it or sniff another type.
        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        await http.Response.Body.WriteAsync(content, http.RequestAborted);
    }

    private static void SetCachingHeaders(HttpResponse response, string etag)
    {
        response.Headers[HeaderNames.ETag] = etag;
        response.Headers[HeaderNames.CacheControl] = CacheForever;
    }

    private static bool IsSha256(string value)
    {
        if (value.Length != 64) return false;
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c)) return false;
        }

        return true;
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null) continue;
            foreach (var candidate in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || candidate == etag || candidate == "W/" + etag) return true;
            }
        }

        return false;
    }

    /// <summary>No extension, or the one the stored content type has (a .png URL never serves SVG bytes).</summary>
    private static bool ExtensionFits(string file, int dot, string contentType) => dot < 0 || (file[dot..], contentType) switch
    {
        (".svg", "image/svg+xml") or (".png", "image/png") or (".jpg", "image/jpeg") or (".webp", "image/webp") => true,
        _ => false,
    };
}
