using System.Linq.Expressions;
using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>The GraphQL <c>ProductVariant</c>: one buyable size and colour of a product.</summary>
[GraphQLName("ProductVariant")]
[Node]
public sealed class VariantView
{
    /// <summary>The variant's global ID, for <c>node(id:)</c>.</summary>
    public Guid Id { get; init; }

    [GraphQLIgnore]
    public Guid ProductId { get; init; }

    /// <summary>The stock-keeping unit, unique in the shop.</summary>
    public string Sku { get; init; } = "";

    public string Size { get; init; } = "";

    public string Color { get; init; } = "";

    /// <summary>What this variant sells for: its own price when it has one, else the product's.</summary>
    public decimal Price { get; init; }

    /// <summary>Units available now.</summary>
    public int Stock { get; init; }

    public bool InStock { get; init; }

    /// <summary>
    /// Variants of published products only, with the product's price folded in; as an expression so a
    /// compiled query can start from it too (see <c>VariantsByProductIdDataLoader</c>).
    /// </summary>
    internal static readonly Expression<Func<BoutiqueDbContext, IQueryable<VariantView>>> VisibleQuery = db =>
        from v in db.ProductVariants
        join p in db.Products on v.ProductId equals p.Id
        where p.Status == ProductStatus.Published
        select new VariantView
        {
            Id = v.Id,
            ProductId = v.ProductId,
            Sku = v.Sku,
            Size = v.Size,
            Color = v.Colour,
            Price = v.PriceOverride ?? p.Price,
            Stock = v.Stock,
            InStock = v.Stock > 0,
        };

    private static readonly Func<BoutiqueDbContext, IQueryable<VariantView>> VisibleFor = VisibleQuery.Compile();

    /// <summary>Variants of published products only, with the product's price folded in.</summary>
    public static IQueryable<VariantView> Visible(BoutiqueDbContext db) => VisibleFor(db);

    /// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> for variant IDs, in one query: variants of published products.</summary>
    [NodeResolver]
    public static Task<Dictionary<Guid, VariantView>> GetManyAsync(IReadOnlyList<Guid> ids, BoutiqueDbContext db, CancellationToken ct) =>
        Visible(db).Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
}
