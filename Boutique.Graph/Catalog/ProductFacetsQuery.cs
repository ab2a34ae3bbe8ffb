using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The SQL of <c>productFacets</c>: three grouped statements over the filtered products (per category
/// with price bounds, per size, per colour); totals and the overall price range are folded from the
/// per-category rows, so they cost nothing more. Sizes and colours count what a shopper can buy: a
/// product counts for a size (colour) when it has a variant of that size (colour) in stock, so ticking
/// a size never leads to a page of sold-out products.
/// </summary>
internal static class ProductFacetsQuery
{
    public static async Task<ProductFacets> RunAsync(IQueryable<ProductView> products, CancellationToken ct)
    {
        var perCategory = await products
            .GroupBy(p => p.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count(), Min = g.Min(p => p.Price), Max = g.Max(p => p.Price) })
            .ToListAsync(ct);
        var inStock = products.SelectMany(p => p.Variants).Where(v => v.Stock > 0);
        var sizes = await inStock
            .GroupBy(v => v.Size)
            .Select(g => new FacetValue(g.Key, g.Select(v => v.ProductId).Distinct().Count()))
            .ToListAsync(ct);
        var colors = await inStock
            .GroupBy(v => v.Color)
            .Select(g => new FacetValue(g.Key, g.Select(v => v.ProductId).Distinct().Count()))
            .ToListAsync(ct);

        return new ProductFacets
        {
            TotalCount = perCategory.Sum(c => c.Count),
            PriceRange = perCategory.Count == 0 ? null : new PriceRange(perCategory.Min(c => c.Min), perCategory.Max(c => c.Max)),
            Categories = [.. perCategory.OrderByDescending(c => c.Count).ThenBy(c => c.CategoryId).Select(c => new CategoryFacet { CategoryId = c.CategoryId, Count = c.Count })],
            Sizes = [.. sizes.OrderBy(v => v.Value, SizeOrder.Instance)],
            Colors = [.. colors.OrderBy(v => v.Value, ColorOrder.Instance)],
        };
    }
}
