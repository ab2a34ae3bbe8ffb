using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The SQL of <c>productFacets</c>: three grouped statements over the filtered products (per category
/// with price bounds, per size, per colour); totals and the overall price range are folded from the
/// per-category rows, so they cost nothing more.
/// </summary>
internal static class ProductFacetsQuery
{
    public static async Task<ProductFacets> RunAsync(IQueryable<ProductView> products, CancellationToken ct)
    {
        var perCategory = await products
            .GroupBy(p => p.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count(), Min = g.Min(p => p.Price), Max = g.Max(p => p.Price) })
            .ToListAsync(ct);
        var sizes = await products.SelectMany(p => p.Variants)
            .GroupBy(v => v.Size)
            .Select(g => new FacetValue(g.Key, g.Select(v => v.ProductId).Distinct().Count()))
            .ToListAsync(ct);
        var colors = await products.SelectMany(p => p.Variants)
            .GroupBy(v => v.Color)
            .Select(g => new FacetValue(g.Key, g.Select(v => v.ProductId).Distinct().Count()))
            .ToListAsync(ct);

        return new ProductFacets
        {
            TotalCount = perCategory.Sum(c => c.Count),
            PriceRange = perCategory.Count == 0 ? null : new PriceRange(perCategory.Min(c => c.Min), perCategory.Max(c => c.Max)),
            Categories = [.. perCategory.OrderByDescending(c => c.Count).ThenBy(c => c.CategoryId).Select(c => new CategoryFacet { CategoryId = c.CategoryId, Count = c.Count })],
            Sizes = Ordered(sizes),
            Colors = Ordered(colors),
        };
    }

    private static FacetValue[] Ordered(List<FacetValue> values) =>
        [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
}
