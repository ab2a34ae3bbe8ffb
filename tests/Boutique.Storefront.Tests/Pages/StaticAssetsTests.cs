using Boutique.Storefront.Tests.Infrastructure;

namespace Boutique.Storefront.Tests.Pages;

[Collection(ShopCollection.Name)]
public sealed class StaticAssetsTests(Shop shop)
{
    [Fact]
    public async Task TheOneStylesheetAndTheOneScriptAreServedAndSmall()
    {
        var page = await shop.GetAsync("/about");
        var client = shop.Storefront.CreatePageClient();

        var css = await client.GetAsync(page.Attributes("link[rel=stylesheet]", "href").Single());
        var js = await client.GetAsync(page.Attributes("script[src]", "src").Single());

        Assert.Equal(200, (int)css.StatusCode);
        Assert.Equal(200, (int)js.StatusCode);
        Assert.InRange((await css.Content.ReadAsByteArrayAsync()).Length, 1000, 20_000);
        Assert.InRange((await js.Content.ReadAsByteArrayAsync()).Length, 100, 2_000);
    }
}
