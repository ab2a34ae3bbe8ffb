using System.Text.RegularExpressions;
using Boutique.Storefront.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace Boutique.Storefront.Images;

/// <summary>
/// <c>GET /images/{sha256}.{ext}</c> passed through to the API's image endpoint, so product pictures are
/// same-origin for the browser (no CORS, no second host name to expose, the API may sit on a private
/// network) while the API's caching stays in force: its Cache-Control (immutable, a year), ETag and
/// If-None-Match revalidation (304) and its security headers for SVG are copied as they are.
/// This is the storefront's only hand-written HTTP call; it carries bytes, never GraphQL.
/// </summary>
public static partial class ImagePassThrough
{
    public const string HttpClientName = "BoutiqueImages";

    private static readonly string[] CopiedHeaders =
    [
        HeaderNames.CacheControl, HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.ContentSecurityPolicy,
        HeaderNames.XContentTypeOptions,
    ];

    public static void AddImagePassThrough(this IServiceCollection services) =>
        services.AddHttpClient(HttpClientName, (sp, http) =>
        {
            http.BaseAddress = StorefrontSettings.ApiBase(sp.GetRequiredService<IConfiguration>());
            http.Timeout = TimeSpan.FromSeconds(15);
        });

    public static void MapImagePassThrough(this IEndpointRouteBuilder app) =>
        app.MapGet("/images/{file}", ServeAsync).WithDisplayName("Product images (pass-through to the API)");

    private static async Task ServeAsync(HttpContext http, string file, IHttpClientFactory clients)
    {
        // An image answer is never an HTML error page.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        if (!FileName().IsMatch(file))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "images/" + file);
        foreach (var etag in http.Request.Headers.IfNoneMatch)
        {
            request.Headers.TryAddWithoutValidation(HeaderNames.IfNoneMatch, etag);
        }

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, http.RequestAborted);
        }
        catch (HttpRequestException)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using (response)
        {
            http.Response.StatusCode = (int)response.StatusCode;
            foreach (var name in CopiedHeaders)
            {
                if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
                {
                    http.Response.Headers[name] = values.ToArray();
                }
            }

            if (response.StatusCode != System.Net.HttpStatusCode.OK) return;   // 304, 404: no body to pass on
            if (response.Content.Headers.ContentType is { } contentType) http.Response.ContentType = contentType.ToString();
            if (response.Content.Headers.ContentLength is { } length) http.Response.ContentLength = length;
            await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }

    /// <summary>The API's content-addressed names: a lower-case SHA-256 and an optional extension.</summary>
    [GeneratedRegex("^[0-9a-f]{64}(\\.[a-z]{3,4})?$")]
    private static partial Regex FileName();
}
