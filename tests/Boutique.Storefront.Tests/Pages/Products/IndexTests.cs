using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Pages.Products;

[Collection(ShopCollection.Name)]
public sealed class IndexTests(Shop shop)
{
    [Fact]
    public async Task ListingShowsTwelveProductsAndTheCountOfAllPublishedOnes()
    {
        var page = await shop.GetAsync("/products");

        await using var db = shop.CreateDbContext();
        var published = await db.Published().CountAsync();
        Assert.Equal(200, (int)page.Status);
        Assert.Equal("All products", page.H1);
        Assert.Equal($"{published} products", page.Text(".page-head [role=status]"));
        Assert.Equal(12, page.ProductSlugs().Count);
    }

    [Fact]
    public async Task FilteringByCategoryAndSizeShowsExactlyTheProductsWithThatSizeInStock()
    {
        var page = await shop.GetAsync("/products?category=shoes&size=38");

        await using var db = shop.CreateDbContext();
        var expected = await db.Published()
            .Where(p => p.Category!.Slug == "shoes" && db.ProductVariants.Any(v => v.ProductId == p.Id && v.Size == "38" && v.Stock > 0))
            .Select(p => p.Slug).ToListAsync();
        Assert.Equal("Shoes", page.H1);
        Assert.Equal($"{expected.Count} products", page.Text(".page-head [role=status]"));
        Assert.Subset(expected.ToHashSet(), page.ProductSlugs().ToHashSet());
        Assert.Equal(Math.Min(12, expected.Count), page.ProductSlugs().Count);
        Assert.Equal("shoes", page.Attributes("#f-category option[selected]", "value").Single());
        Assert.Equal("38", page.Attributes("#f-size option[selected]", "value").Single());
    }

    [Fact]
    public async Task FacetsOfferTheCategoriesAndTheSizesOfTheChosenCategoryInSizeOrder()
    {
        var page = await shop.GetAsync("/products?category=shoes");

        await using var db = shop.CreateDbContext();
        var categories = await db.Categories.AsNoTracking().Select(c => c.Slug).ToListAsync();
        Assert.Equal(categories.Order(), page.Attributes("#f-category option", "value").Where(v => v != "").Order());
        Assert.Equal(["", "36", "37", "38", "39", "40", "41"], page.Attributes("#f-size option", "value"));
        Assert.Contains("Any colour", page.Texts("#f-color option"));
    }

    [Fact]
    public async Task PriceRangeAndSortByPriceShowAscendingPricesWithinTheRange()
    {
        var page = await shop.GetAsync("/products?min=100&max=200&sort=price-asc");

        await using var db = shop.CreateDbContext();
        var expected = await db.Published().Where(p => p.Price >= 100 && p.Price <= 200)
            .OrderBy(p => p.Price).Take(12).Select(p => p.Price).ToListAsync();
        var shown = page.Texts(".card .price").Select(t => t.Split(' ')[0] == "Now" ? t.Split(' ')[1] : t).ToList();
        Assert.Equal(expected.Select(Catalog.Euros), shown);
        Assert.Equal("price-asc", page.Attributes("#f-sort option[selected]", "value").Single());
        Assert.Equal("100", page.Attributes("#f-min", "value").Single());
    }

    [Fact]
    public async Task SearchFindsAProductByAWordOfItsName()
    {
        await using var db = shop.CreateDbContext();
        var product = await db.Published().OrderBy(p => p.Slug).FirstAsync();
        var word = product.Name.Split(' ')[0];

        var page = await shop.GetAsync("/products?q=" + Uri.EscapeDataString(word));

        Assert.Equal($"Results for “{word}”", page.H1);
        Assert.Contains(product.Slug, page.ProductSlugs());
        Assert.Equal(word, page.Attributes("#site-search", "value").Single());
    }

    [Fact]
    public async Task PagingLinksWalkForwardAndBackWithoutJavaScript()
    {
        var first = await shop.GetAsync("/products?category=casual&sort=name");

        var next = first.Attributes(".pager a[rel=next]", "href").Single();
        Assert.Contains("category=casual", next);
        Assert.Contains("sort=name", next);
        var second = await shop.GetAsync(next);
        Assert.Empty(first.ProductSlugs().Intersect(second.ProductSlugs()));
        await using var db = shop.CreateDbContext();
        var byName = await db.Published().Where(p => p.Category!.Slug == "casual").OrderBy(p => p.Name).Select(p => p.Slug).ToListAsync();
        Assert.Equal(byName.Take(12), first.ProductSlugs());
        Assert.Equal(byName.Skip(12).Take(12), second.ProductSlugs());

        var back = await shop.GetAsync(second.Attributes(".pager a[rel=prev]", "href").Single());
        Assert.Equal(first.ProductSlugs(), back.ProductSlugs());
    }

    [Fact]
    public async Task NoMatchSaysSoInsteadOfAnEmptyGrid()
    {
        var page = await shop.GetAsync("/products?q=zzqqxxnothing");

        Assert.Equal(200, (int)page.Status);
        Assert.Equal("0 products", page.Text(".page-head [role=status]"));
        Assert.Equal("No products match", page.Text(".empty h2"));
    }
}
