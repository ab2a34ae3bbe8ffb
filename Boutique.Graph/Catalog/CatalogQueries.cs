using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL;
using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>The catalog's root fields. Only published products are ever visible (<see cref="ProductView.Visible"/>).</summary>
[QueryType]
public sealed class CatalogQueries
{
    /// <summary>
    /// Published products, 24 per page by default (at most 100). <c>search</c> is full-text search over
    /// name and description with prefix matching ("sil" finds "silk"), ordered by relevance unless
    /// <c>order</c> is given; without a search the newest come first. <c>where</c> and <c>search</c> combine.
    /// </summary>
    [UsePaging(DefaultPageSize = CatalogLimits.DefaultPageSize, MaxPageSize = CatalogLimits.MaxPageSize, ConnectionName = "Products")]
    [UseProjection]
    [UseFiltering(typeof(ProductFilterInputType))]
    [UseSorting]
    public IQueryable<ProductView> GetProducts(string? search, BoutiqueDbContext db) =>
        ProductList(ProductView.Visible(db.Products), search);

    /// <summary>The published product with this slug, or null.</summary>
    public Task<ProductView?> GetProductBySlug(string slug, BoutiqueDbContext db, CancellationToken ct) =>
        ProductSearch.Views(ProductView.Visible(db.Products).Where(p => p.Slug == slug), null).FirstOrDefaultAsync(ct);

    /// <summary>Every category in display order.</summary>
    public Task<List<CategoryView>> GetCategories(BoutiqueDbContext db, CancellationToken ct) =>
        db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(CategoryView.FromEntity).ToListAsync(ct);

    /// <summary>The category with this slug, or null.</summary>
    public Task<CategoryView?> GetCategoryBySlug(string slug, BoutiqueDbContext db, CancellationToken ct) =>
        db.Categories.Where(c => c.Slug == slug).Select(CategoryView.FromEntity).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Counts for a filter sidebar over the same products as <c>products(where:, search:)</c>: per
    /// category, size and colour, and the price range.
    /// </summary>
    [UseProductFacets]
    [UseFiltering(typeof(ProductFilterInputType))]
    public IQueryable<ProductView> GetProductFacets(string? search, BoutiqueDbContext db) =>
        ProductSearch.Views(ProductView.Visible(db.Products), search);

    /// <summary>Views of <paramref name="products"/> in the default order; <c>[UseSorting]</c> replaces it when <c>order</c> is given.</summary>
    internal static IQueryable<ProductView> ProductList(IQueryable<Product> products, string? search) =>
        ProductSearch.DefaultOrder(ProductSearch.Views(products, search), search);
}
