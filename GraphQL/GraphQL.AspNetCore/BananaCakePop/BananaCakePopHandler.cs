using System.Text;
using System.Text.Json;
using GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace GraphQL.AspNetCore.BananaCakePop;

/// <summary>
/// Serves the Banana Cake Pop IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>, embedded at build time)
/// from this assembly: <c>index.html</c> on a browser GET of the endpoint, its assets under the endpoint's
/// path, and <c>bcp-config.json</c>, which the IDE fetches from its own URL to learn the HTTP and
/// WebSocket endpoints. Nothing is loaded from a CDN; telemetry is turned off.
/// </summary>
/// <remarks>
/// How BCP 18 starts, as checked in headless Chromium 156 (Playwright over CDP, logging console, page errors,
/// failed requests and every response): its deferred scripts render nothing at all until
/// <c>fetch(origin + pathname + "/bcp-config.json")</c> settles (a failed fetch falls back to defaults without
/// an endpoint), then it registers <c>service-worker.js</c> with scope <c>{path}/</c>, which precaches
/// <c>static/</c>, answers navigations below the scope with the cached <c>index.html</c> and serves
/// <c>bcp-config.json</c> stale-while-revalidate. The schema is read by introspection POSTs (four
/// <c>__type</c> feature probes, then <c>__schema</c>) only once a document is opened, not through
/// <c>?sdl</c>. No request leaves the origin: no fonts from a CDN, no ChilliCream cloud call while signed
/// out. So the page depends only on this handler answering <c>bcp-config.json</c> (relative to the page
/// with or without a trailing slash, hence the <c>{**file}</c> route) and the assets with script/style MIME
/// types; a "spinner" in a screenshot taken at the <c>load</c> event (<c>chromium --screenshot</c>) is the
/// app not yet rendered, not a failure: it renders a few seconds later (longer on a loaded machine: ~6 MB of script to parse).
/// </remarks>
internal static class BananaCakePopHandler
{
    private const string ResourcePrefix = "BananaCakePop/";
    private const string ConfigFile = "bcp-config.json";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly Lazy<string?> IndexHtml = new(ReadIndex);

    /// <summary>Serves <paramref name="relativePath"/> below the endpoint: empty for the page itself.</summary>
    public static async Task ServeAsync(HttpContext context, GraphQLEndpoint endpoint, string relativePath)
    {
        var response = context.Response;
        if (relativePath.Length == 0 || relativePath == "index.html")
        {
            if (IndexHtml.Value is not { } index)
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var basePath = context.Request.PathBase.Add(endpoint.Path).Value + "/";
            var html = index.Replace("<head>", "<head><base href=\"" + basePath + "\"/>", StringComparison.Ordinal)
                .Replace("<title>Banana Cake Pop</title>", "<title>" + System.Net.WebUtility.HtmlEncode(endpoint.Options.Tool.Title) + "</title>", StringComparison.Ordinal);
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            await response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (relativePath == ConfigFile)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            await response.Body.WriteAsync(CreateConfig(context, endpoint), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await using var stream = typeof(BananaCakePopHandler).Assembly.GetManifestResourceStream(ResourcePrefix + relativePath);
        if (stream is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(relativePath, out var type) ? type : "application/octet-stream";
        response.ContentLength = stream.Length;

        // Files under static/ carry a content hash in their names, so browsers may keep them.
        response.Headers.CacheControl = relativePath.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The configuration the IDE reads (<c>bcp-config.json</c>): endpoints, title, request options.</summary>
    internal static byte[] CreateConfig(HttpContext context, GraphQLEndpoint endpoint)
    {
        var request = context.Request;
        var path = request.PathBase.Add(endpoint.Path).Value;
        var http = $"{request.Scheme}://{request.Host}{path}";
        var ws = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{path}";
        var tool = endpoint.Options.Tool;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", http);
            writer.WriteString("subscriptionEndpoint", ws);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", false);
            writer.WriteString("title", tool.Title);
            writer.WriteBoolean("useGet", tool.UseGet);
            writer.WriteBoolean("includeCookies", tool.IncludeCookies);
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string? ReadIndex()
    {
        using var stream = typeof(BananaCakePopHandler).Assembly.GetManifestResourceStream(ResourcePrefix + "index.html");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
