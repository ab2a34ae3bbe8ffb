using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

// One SQL statement per batch, whatever the number of products on the page. Each batch takes its own
// pooled context: batches run while other resolvers of the same request still use theirs.

/// <summary>Categories by id.</summary>
public sealed class CategoryByIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : BatchDataLoader<Guid, CategoryView>
{
    protected override async Task<IReadOnlyDictionary<Guid, CategoryView>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().Where(c => keys.Contains(c.Id)).Select(CategoryView.FromEntity).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}

/// <summary>The variants of each product, in the order the editor created them (colour by colour, sizes ascending).</summary>
public sealed class VariantsByProductIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : GroupedDataLoader<Guid, VariantView>
{
    protected override async Task<ILookup<Guid, VariantView>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var variants = await VariantView.Visible(db).Where(v => keys.Contains(v.ProductId)).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        return variants.ToLookup(v => v.ProductId);
    }
}

/// <summary>The images of each product in display order.</summary>
public sealed class ImagesByProductIdDataLoader(IDbContextFactory<BoutiqueDbContext> contexts) : GroupedDataLoader<Guid, ImageView>
{
    protected override async Task<ILookup<Guid, ImageView>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ProductImages.AsNoTracking()
            .Where(i => keys.Contains(i.ProductId))
            .OrderBy(i => i.ProductId).ThenBy(i => i.SortOrder)
            .Select(i => new { i.ProductId, Image = new ImageView { Url = i.Url, Alt = i.AltText, Width = i.Width, Height = i.Height } })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ProductId, r => r.Image);
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
