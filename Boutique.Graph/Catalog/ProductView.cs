using System.Linq.Expressions;
using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The GraphQL <c>Product</c>: a read model projected from <see cref="Product"/> in SQL. The entity is
/// not exposed itself because the code-first builder would turn its behaviour methods (<c>Approve</c>,
/// <c>AddVariant</c>, …) and internals (<c>Status</c>, <c>SearchVector</c>, <c>Version</c>) into fields,
/// and because projection and filtering need public setters and GraphQL names (<c>featured</c>,
/// <c>color</c>) that the domain model should not carry. Everything here is a column or a SQL
/// expression, so filters, sorting, keyset paging and projection all become one statement.
/// </summary>
[GraphQLName("Product")]
[Node]
public sealed class ProductView
{
    /// <summary>The product's global ID, for <c>node(id:)</c> and <c>id</c> filters.</summary>
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The URL segment of the product page, unique in the shop.</summary>
    public string Slug { get; init; } = "";

    /// <summary>The description as Markdown source; <c>descriptionHtml</c> is the same text rendered safely.</summary>
    public string? Description { get; init; }

    /// <summary>The selling price in euros.</summary>
    public decimal Price { get; init; }

    /// <summary>The "was" price; the product is on sale when it is higher than <c>price</c>.</summary>
    public decimal? CompareAtPrice { get; init; }

    /// <summary>True when <c>compareAtPrice</c> is higher than <c>price</c>.</summary>
    public bool OnSale { get; init; }

    /// <summary>Shown first on the home page.</summary>
    public bool Featured { get; init; }

    /// <summary>True when at least one variant has stock.</summary>
    public bool InStock { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLIgnore]
    public Guid CategoryId { get; init; }

    /// <summary>The category; resolved through a DataLoader, here for filtering (<c>category: { slug: … }</c>).</summary>
    public CategoryView Category { get; init; } = null!;

    /// <summary>The buyable variants; resolved through a DataLoader, here for filtering (<c>variants: { some: … }</c>).</summary>
    public List<VariantView> Variants { get; init; } = [];

    /// <summary>ts_rank of the search, 0 without one; the default order of a search.</summary>
    [GraphQLIgnore]
    public float SearchRank { get; init; }

    /// <summary>Products shoppers may see: published ones only, whatever the path.</summary>
    public static IQueryable<Product> Visible(DbSet<Product> products) => products.Where(p => p.Status == ProductStatus.Published);

    /// <summary>
    /// <c>node(id:)</c> and <c>nodes(ids:)</c> for product IDs, in one query: the published products
    /// (drafts stay invisible, so their IDs resolve to null).
    /// </summary>
    [NodeResolver]
    public static Task<Dictionary<Guid, ProductView>> GetManyAsync(IReadOnlyList<Guid> ids, BoutiqueDbContext db, CancellationToken ct) =>
        ProductSearch.Views(Visible(db.Products).Where(p => ids.Contains(p.Id)), null).ToDictionaryAsync(p => p.Id, ct);

    /// <summary>The projection without a search: every view property as SQL.</summary>
    public static readonly Expression<Func<Product, ProductView>> FromEntity = p => new ProductView
    {
        Id = p.Id,
        Name = p.Name,
        Slug = p.Slug,
        Description = p.Description,
        Price = p.Price,
        CompareAtPrice = p.CompareAtPrice,
        OnSale = p.CompareAtPrice != null && p.CompareAtPrice > p.Price,
        Featured = p.IsFeatured,
        InStock = p.Variants.Any(v => v.Stock > 0),
        CreatedAt = p.CreatedAt,
        CategoryId = p.CategoryId,
        Category = new CategoryView
        {
            Id = p.Category!.Id,
            Name = p.Category.Name,
            Slug = p.Category.Slug,
            Description = p.Category.Description,
            Image = p.Category.ImageUrl,
        },
        Variants = p.Variants.Select(v => new VariantView
        {
            Id = v.Id,
            ProductId = v.ProductId,
            Sku = v.Sku,
            Size = v.Size,
            Color = v.Colour,
            Price = v.PriceOverride ?? p.Price,
            Stock = v.Stock,
            InStock = v.Stock > 0,
        }).ToList(),
        SearchRank = 0f,
    };

    /// <summary>
    /// The projection of a search: <see cref="FromEntity"/> with <c>SearchRank</c> bound to the rank of
    /// <paramref name="tsQuery"/> instead of 0, so the projection is written once. <paramref name="tsQuery"/>
    /// stays a closure member, so EF Core sends it as a parameter and caches one plan for every search.
    /// </summary>
    public static Expression<Func<Product, ProductView>> FromSearch(string tsQuery)
    {
        Expression<Func<Product, float>> rank = p => p.SearchVector.Rank(EF.Functions.ToTsQuery(ProductSearch.Configuration, tsQuery));
        var product = FromEntity.Parameters[0];
        var rankOfProduct = ReplacingExpressionVisitor.Replace(rank.Parameters[0], product, rank.Body);
        var body = (MemberInitExpression)FromEntity.Body;
        var bindings = body.Bindings.Select(b => b.Member.Name == nameof(SearchRank) ? Expression.Bind(b.Member, rankOfProduct) : b);
        return Expression.Lambda<Func<Product, ProductView>>(body.Update(body.NewExpression, bindings), product);
    }
}
