using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL.DataLoader;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Boutique.Graph.Catalog;

// One SQL statement per batch, whatever the number of products on the page. Each batch takes its own
// pooled context: batches run while other resolvers of the same request still use theirs.

// The three loaders of the listing run their statement on every page: compiled once (EF.CompileAsyncQuery),
// EF skips per batch the expression funcletizing, query-cache hashing and parameter extraction. The
// queries are the ones EF ran before (same SQL text and parameters, pinned in
// bench/Boutique.CatalogBaseline/ListingSql.cs); the keys go in as one array parameter (`= ANY(@keys)`).

/// <summary>Categories by id.</summary>
public sealed class CategoryByIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : BatchDataLoader<Guid, CategoryView>
{
    private static readonly Func<BoutiqueDbContext, IReadOnlyList<Guid>, IAsyncEnumerable<CategoryView>> Query = EF.CompileAsyncQuery(
        (BoutiqueDbContext db, IReadOnlyList<Guid> keys) => db.Categories.AsNoTracking().Where(c => keys.Contains(c.Id)).Select(CategoryView.FromEntity));

    protected override async Task<IReadOnlyDictionary<Guid, CategoryView>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = new Dictionary<Guid, CategoryView>(keys.Count);
        await foreach (var category in Query(db, keys).WithCancellation(cancellationToken)) categories.Add(category.Id, category);
        return categories;
    }
}

/// <summary>The variants of each product, in the order the editor created them (colour by colour, sizes ascending).</summary>
public sealed class VariantsByProductIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : GroupedDataLoader<Guid, VariantView>
{
    // A compiled query cannot call VariantView.Visible(db) on its context parameter: its expression is
    // inlined instead, with the batch's filter and order composed onto it.
    private static readonly Func<BoutiqueDbContext, IReadOnlyList<Guid>, IAsyncEnumerable<VariantView>> Query = EF.CompileAsyncQuery(ForKeys());

    private static Expression<Func<BoutiqueDbContext, IReadOnlyList<Guid>, IQueryable<VariantView>>> ForKeys()
    {
        Expression<Func<IQueryable<VariantView>, IReadOnlyList<Guid>, IQueryable<VariantView>>> ofKeys =
            (variants, keys) => variants.Where(v => keys.Contains(v.ProductId)).OrderBy(v => v.Id);
        var visible = VariantView.VisibleQuery;
        var body = ReplacingExpressionVisitor.Replace(ofKeys.Parameters[0], visible.Body, ofKeys.Body);
        return Expression.Lambda<Func<BoutiqueDbContext, IReadOnlyList<Guid>, IQueryable<VariantView>>>(body, visible.Parameters[0], ofKeys.Parameters[1]);
    }

    protected override async Task<ILookup<Guid, VariantView>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var variants = new ValueGroups<Guid, VariantView>(keys.Count * 16);
        await foreach (var variant in Query(db, keys).WithCancellation(cancellationToken)) variants.Add(variant.ProductId, variant);
        return variants;
    }
}

/// <summary>The images of each product in display order.</summary>
public sealed class ImagesByProductIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : GroupedDataLoader<Guid, ImageView>
{
    // Member initialisation, not a constructor: EF names the columns after the members ("ProductId", "Url", ...).
    private static readonly Func<BoutiqueDbContext, IReadOnlyList<Guid>, IAsyncEnumerable<ImageView>> Query = EF.CompileAsyncQuery(
        (BoutiqueDbContext db, IReadOnlyList<Guid> keys) => db.ProductImages.AsNoTracking()
            .Where(i => keys.Contains(i.ProductId))
            .OrderBy(i => i.ProductId).ThenBy(i => i.SortOrder)
            .Select(i => new ImageView { ProductId = i.ProductId, Url = i.Url, Alt = i.AltText, Width = i.Width, Height = i.Height }));

    protected override async Task<ILookup<Guid, ImageView>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var images = new ValueGroups<Guid, ImageView>(keys.Count * 4);
        await foreach (var image in Query(db, keys).WithCancellation(cancellationToken)) images.Add(image.ProductId, image);
        return images;
    }
}

/// <summary>How many published products each category has.</summary>
public sealed class ProductCountByCategoryDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : BatchDataLoader<Guid, int>
{
    protected override async Task<IReadOnlyDictionary<Guid, int>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products
            .Where(p => p.Status == ProductStatus.Published && keys.Contains(p.CategoryId))
            .GroupBy(p => p.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}

/// <summary>The Markdown description of each product, for <c>descriptionHtml</c> (projection reads only selected columns).</summary>
public sealed class DescriptionByProductIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : BatchDataLoader<Guid, string?>
{
    protected override async Task<IReadOnlyDictionary<Guid, string?>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products
            .Where(p => p.Status == ProductStatus.Published && keys.Contains(p.Id))
            .Select(p => new { p.Id, p.Description })
            .ToDictionaryAsync(p => p.Id, p => p.Description, cancellationToken);
    }
}
