using System.Net;
using System.Net.Http.Headers;
using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Images;

[Collection(ShopCollection.Name)]
public sealed class ImagePassThroughTests(Shop shop)
{
    [Fact]
    public async Task ProductPicturesAreServedSameOriginWithTheApisCacheHeaders()
    {
        var page = await shop.GetAsync("/");
        var src = page.Attributes(".card img", "src").First();
        Assert.StartsWith("/images/", src);

        var response = await shop.Storefront.CreatePageClient().GetAsync(src);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var svg = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg.TrimStart());

        var hash = src["/images/".Length..^".svg".Length];
        await using var db = shop.CreateDbContext();
        Assert.True(await db.Images.AnyAsync(i => i.Id == hash), "The picture is one of the API's stored images.");
    }

    [Fact]
    public async Task ARevalidationWithTheETagIsAnswered304()
    {
        var src = (await shop.GetAsync("/")).Attributes(".card img", "src").First();
        var client = shop.Storefront.CreatePageClient();
        var first = await client.GetAsync(src);

        using var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Theory]
    [InlineData("/images/not-a-hash.svg")]
    [InlineData("/images/..%2Fgraphql")]
    [InlineData("/images/0000000000000000000000000000000000000000000000000000000000000000.svg")]
    public async Task NamesThatAreNotStoredImagesAre404WithoutAnHtmlPage(string url)
    {
        var response = await shop.Storefront.CreatePageClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(new MediaTypeHeaderValue("text/html").MediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
