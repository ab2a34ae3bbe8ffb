using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Pages;

[Collection(ShopCollection.Name)]
public sealed class HomeTests(Shop shop)
{
    [Fact]
    public async Task HomeShowsEightFeaturedProductsWithTheirEuroPrices()
    {
        var page = await shop.GetAsync("/");

        Assert.Equal(200, (int)page.Status);
        await using var db = shop.CreateDbContext();
        var featured = await db.Published().Where(p => p.IsFeatured).ToDictionaryAsync(p => p.Slug);
        var cards = page.Document.QuerySelectorAll("[aria-labelledby=featured-title] .card");
        Assert.Equal(Math.Min(8, featured.Count), cards.Length);
        foreach (var card in cards)
        {
            var slug = card.QuerySelector(".card-link")!.GetAttribute("href")!["/products/".Length..];
            var product = featured[slug];
            Assert.Equal(product.Name, Page.Normalize(card.QuerySelector(".card-title")!.TextContent));
            Assert.Equal(Catalog.PriceText(product.Price, product.CompareAtPrice), Page.Normalize(card.QuerySelector(".price")!.TextContent));
        }
    }

    [Fact]
    public async Task HomeAndNavigationListEveryCategoryInDisplayOrder()
    {
        var page = await shop.GetAsync("/");

        await using var db = shop.CreateDbContext();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync();
        Assert.Equal(categories, page.Texts("nav[aria-label=Categories] a"));
        Assert.Equal(categories, page.Texts(".category-tile .category-name"));
    }

    [Fact]
    public async Task EveryPageHasASkipLinkLandmarksAndAlternativeTextOnImages()
    {
        var page = await shop.GetAsync("/");

        Assert.Equal("#main", page.Attributes(".skip-link", "href").Single());
        Assert.NotNull(page.Document.QuerySelector("header nav"));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
        Assert.NotNull(page.Document.QuerySelector("footer"));
        Assert.All(page.Document.QuerySelectorAll(".card img"), img =>
        {
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
            Assert.NotNull(img.GetAttribute("sizes"));
        });
        Assert.Equal("0", page.Text(".bag-count"));
    }

    [Fact]
    public async Task AboutPageAnswers()
    {
        var page = await shop.GetAsync("/about");

        Assert.Equal(200, (int)page.Status);
        Assert.Equal("About Boutique", page.H1);
    }
}
