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
        var sizes = await CountPerValue(products.SelectMany(p => p.Variants).Select(v => new Pair(v.Size, v.ProductId)), ct);
        var colors = await CountPerValue(products.SelectMany(p => p.Variants).Select(v => new Pair(v.Color, v.ProductId)), ct);

        return new ProductFacets
        {
            TotalCount = perCategory.Sum(c => c.Count),
            PriceRange = perCategory.Count == 0 ? null : new PriceRange(perCategory.Min(c => c.Min), perCategory.Max(c => c.Max)),
            Categories = [.. perCategory.OrderByDescending(c => c.Count).ThenBy(c => c.CategoryId).Select(c => new CategoryFacet { CategoryId = c.CategoryId, Count = c.Count })],
            Sizes = sizes,
            Colors = colors,
        };
    }

    private sealed record Pair(string Value, Guid ProductId);

    private static async Task<FacetValue[]> CountPerValue(IQueryable<Pair> pairs, CancellationToken ct)
    {
        var rows = await pairs
            .GroupBy(p => p.Value)
            .Select(g => new { Value = g.Key, Count = g.Select(p => p.ProductId).Distinct().Count() })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal).Select(r => new FacetValue(r.Value, r.Count))];
    }
}
