using Boutique.Storefront.Catalog;
using Boutique.Storefront.Images;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.WebEncoders;

namespace Boutique.Storefront.Hosting;

/// <summary>The storefront's wiring, so that Program.cs reads like a table of contents.</summary>
public static class StorefrontExtensions
{
    public static void AddStorefront(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.Services.AddHealthChecks();
        builder.Services.AddMemoryCache();
        // Write €, “ ” and accented names as they are, not as &#x20AC; (HTML-significant characters are still encoded).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services.AddBoutiqueClient()
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = StorefrontSettings.GraphUrl(sp.GetRequiredService<IConfiguration>());
                http.Timeout = TimeSpan.FromSeconds(15);
            });
        builder.Services.AddSingleton<CategoryNavigation>();
        builder.Services.AddImagePassThrough();
    }

    /// <summary>
    /// Errors never show a stack trace: an exception re-executes /error (status 500; 503 when the API
    /// cannot be reached; 400 when the API refused a value of the URL, e.g. an edited cursor); a bare 4xx/5xx (e.g. NotFound() for an unknown slug) re-executes /errors/{code}.
    /// </summary>
    public static void UseStorefrontErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = ApiUnavailable.StatusCodeFor,
            // A shopper's edited URL is not a fault of the shop: no error log entry for it.
            SuppressDiagnosticsCallback = context => context.Exception is RejectedInputException,
        });
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseControlCharacterGuard();
    }

    public static void MapStorefront(this WebApplication app)
    {
        app.UseRouting();
        app.MapHealthChecks("/healthz");
        app.MapStaticAssets();
        app.MapImagePassThrough();
        app.MapRazorPages().WithStaticAssets();
    }
}
