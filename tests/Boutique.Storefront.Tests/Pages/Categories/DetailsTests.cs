using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Pages.Categories;

[Collection(ShopCollection.Name)]
public sealed class DetailsTests(Shop shop)
{
    [Fact]
    public async Task CategoryPageShowsItsNameDescriptionAndOnlyItsProducts()
    {
        await using var db = shop.CreateDbContext();
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Slug == "bridal");
        var slugs = await db.Published().Where(p => p.CategoryId == category.Id).Select(p => p.Slug).ToListAsync();

        var page = await shop.GetAsync("/categories/bridal");

        Assert.Equal(200, (int)page.Status);
        Assert.Equal(category.Name, page.H1);
        Assert.Equal(category.Description, page.Text(".page-head .lead"));
        Assert.StartsWith($"{slugs.Count} products", page.Text(".page-head [role=status]"));
        Assert.Subset(slugs.ToHashSet(), page.ProductSlugs().ToHashSet());
        Assert.Equal("page", page.Document.QuerySelector("nav[aria-label=Categories] a[href='/categories/bridal']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task CategoryPageSortsByPriceDescending()
    {
        await using var db = shop.CreateDbContext();
        var prices = await db.Published().Where(p => p.Category!.Slug == "bags").OrderByDescending(p => p.Price).Take(12).Select(p => p.Price).ToListAsync();

        var page = await shop.GetAsync("/categories/bags?sort=price-desc");

        Assert.Equal(prices.Select(Catalog.Euros), page.Texts(".card .price").Select(t => t.StartsWith("Now ", StringComparison.Ordinal) ? t.Split(' ')[1] : t));
    }

    [Fact]
    public async Task UnknownCategoryAnswers404()
    {
        var page = await shop.GetAsync("/categories/no-such-category");

        Assert.Equal(404, (int)page.Status);
        Assert.Equal("We couldn't find that page", page.H1);
    }
}
