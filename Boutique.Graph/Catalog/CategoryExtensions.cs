using Boutique.Data;
using GraphQL;
using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;

namespace Boutique.Graph.Catalog;

/// <summary>The <c>Category</c> fields beyond its columns.</summary>
[ExtendObjectType(typeof(CategoryView))]
public sealed class CategoryExtensions
{
    /// <summary>How many published products the category has.</summary>
    public Task<int> GetProductCount([Parent] CategoryView category, ProductCountByCategoryDataLoader counts, CancellationToken ct) =>
        counts.LoadAsync(category.Id, ct);

    /// <summary>The category's published products, with the same paging, filtering and sorting as <c>Query.products</c>.</summary>
    [UsePaging(DefaultPageSize = CatalogLimits.DefaultPageSize, MaxPageSize = CatalogLimits.MaxPageSize, ConnectionName = "Products")]
    [UseProjection]
    [UseFiltering(typeof(ProductFilterInputType))]
    [UseSorting(typeof(ProductSortInputType))]
    public IQueryable<ProductView> GetProducts([Parent] CategoryView category, BoutiqueDbContext db) =>
        CatalogQueries.ProductList(ProductView.Visible(db.Products).Where(p => p.CategoryId == category.Id), null);
}
