using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Pages.Products;

[Collection(ShopCollection.Name)]
public sealed class DetailsTests(Shop shop)
{
    [Fact]
    public async Task ProductPageShowsNamePriceSizesColoursPicturesAndDescription()
    {
        await using var db = shop.CreateDbContext();
        var product = await db.Published().Include(p => p.Category).Where(p => p.CompareAtPrice != null).OrderBy(p => p.Slug).FirstAsync();
        var variants = await db.ProductVariants.AsNoTracking().Where(v => v.ProductId == product.Id).ToListAsync();

        var page = await shop.GetAsync("/products/" + product.Slug);

        Assert.Equal(200, (int)page.Status);
        Assert.Equal(product.Name, page.H1);
        Assert.Equal($"{product.Name} · Boutique", page.Title);
        Assert.Equal(Catalog.PriceText(product.Price, product.CompareAtPrice), page.Text(".product-info .price"));
        Assert.Equal(variants.Select(v => v.Size).Distinct().Order(), page.Attributes("input[name=size]", "value").Order());
        Assert.Equal(variants.Select(v => v.Colour).Distinct().Order(), page.Attributes("input[name=color]", "value").Order());
        Assert.NotEmpty(page.Document.QuerySelectorAll(".product-gallery img"));
        Assert.NotNull(page.Document.QuerySelector(".description ul"));   // Markdown rendered by the API
        Assert.True(page.Document.QuerySelector("button.button-primary[disabled]") is not null, "Add to bag is a disabled placeholder.");
        Assert.Equal(product.Category!.Name, page.Texts(".breadcrumbs a")[1]);
    }

    [Fact]
    public async Task ChoosingASizeAndColourWithLittleStockSaysOnlyThatManyLeft()
    {
        await using var db = shop.CreateDbContext();
        var variant = await db.ProductVariants.AsNoTracking()
            .Where(v => v.Stock == 2 && db.Published().Any(p => p.Id == v.ProductId)).OrderBy(v => v.Sku).FirstAsync();
        var slug = await db.Published().Where(p => p.Id == variant.ProductId).Select(p => p.Slug).SingleAsync();

        var page = await shop.GetAsync($"/products/{slug}?size={Uri.EscapeDataString(variant.Size)}&color={Uri.EscapeDataString(variant.Colour)}");

        Assert.Equal($"Only 2 left in {variant.Size}, {variant.Colour}", page.Text(".product-info [role=status]"));
        Assert.Equal(variant.Size, page.Attributes("input[name=size][checked]", "value").Single());
        Assert.Equal(variant.Colour, page.Attributes("input[name=color][checked]", "value").Single());
    }

    [Fact]
    public async Task ChoosingASoldOutSizeAndColourSaysSoldOut()
    {
        await using var db = shop.CreateDbContext();
        var variant = await db.ProductVariants.AsNoTracking()
            .Where(v => v.Stock == 0 && db.Published().Any(p => p.Id == v.ProductId)).OrderBy(v => v.Sku).FirstAsync();
        var slug = await db.Published().Where(p => p.Id == variant.ProductId).Select(p => p.Slug).SingleAsync();

        var page = await shop.GetAsync($"/products/{slug}?size={Uri.EscapeDataString(variant.Size)}&color={Uri.EscapeDataString(variant.Colour)}");

        Assert.Equal($"Sold out in {variant.Size}, {variant.Colour}", page.Text(".product-info [role=status]"));
    }

    [Fact]
    public async Task RelatedProductsComeFromTheSameCategoryWithoutTheProductItself()
    {
        await using var db = shop.CreateDbContext();
        var product = await db.Published().Include(p => p.Category).OrderBy(p => p.Slug).FirstAsync();
        var sameCategory = await db.Published().Where(p => p.CategoryId == product.CategoryId).Select(p => p.Slug).ToListAsync();

        var page = await shop.GetAsync("/products/" + product.Slug);

        var related = page.ProductSlugs("[aria-labelledby=related-title]");
        Assert.Equal(4, related.Count);
        Assert.DoesNotContain(product.Slug, related);
        Assert.Subset(sameCategory.ToHashSet(), related.ToHashSet());
        Assert.Equal($"More in {product.Category!.Name}", page.Text("#related-title"));
    }

    [Fact]
    public async Task UnknownSlugAnswers404WithTheNotFoundPage()
    {
        var page = await shop.GetAsync("/products/no-such-dress");

        Assert.Equal(404, (int)page.Status);
        Assert.Equal("We couldn't find that page", page.H1);
        Assert.NotNull(page.Document.QuerySelector("main form[role=search]"));
    }

    [Fact]
    public async Task UnpublishedProductsAre404()
    {
        await using var db = shop.CreateDbContext();
        var draft = await db.Products.AsNoTracking().Where(p => p.Status != Boutique.Data.Catalog.ProductStatus.Published).Select(p => p.Slug).FirstAsync();

        var page = await shop.GetAsync("/products/" + draft);

        Assert.Equal(404, (int)page.Status);
    }
}
