using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace Boutique.Storefront.Tests.Infrastructure;

/// <summary>A page as the browser gets it: the status code, the headers and the parsed HTML.</summary>
public sealed record Page(HttpStatusCode Status, HttpResponseMessage Response, IDocument Document)
{
    public static async Task<Page> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(new Uri(client.BaseAddress!, url)));
        return new Page(response.StatusCode, response, document);
    }

    public string Title => Document.Title ?? "";

    public string H1 => Text("h1");

    /// <summary>The trimmed, whitespace-collapsed text of the first element matching <paramref name="selector"/>.</summary>
    public string Text(string selector) => Normalize(Document.QuerySelector(selector)?.TextContent
        ?? throw new Xunit.Sdk.XunitException($"No element matches \"{selector}\" on {Document.Url}."));

    public IReadOnlyList<string> Texts(string selector) => Document.QuerySelectorAll(selector).Select(e => Normalize(e.TextContent)).ToList();

    public IReadOnlyList<string> Attributes(string selector, string attribute) =>
        Document.QuerySelectorAll(selector).Select(e => e.GetAttribute(attribute) ?? "").ToList();

    /// <summary>The product tiles' slugs in page order.</summary>
    public IReadOnlyList<string> ProductSlugs(string scope = "") =>
        Attributes($"{scope} .card-link".Trim(), "href").Select(h => h["/products/".Length..]).ToList();

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
