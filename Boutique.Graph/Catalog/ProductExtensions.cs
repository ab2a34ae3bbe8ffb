using GraphQL;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The <c>Product</c> fields that are not columns of the row: what comes from other
/// tables through DataLoaders (one statement per page, not per product).
/// </summary>
[ExtendObjectType(typeof(ProductView))]
public sealed class ProductExtensions
{
    /// <summary>The description rendered as HTML (raw HTML in the Markdown is escaped).</summary>
    public async Task<string?> GetDescriptionHtml([Parent] ProductView product, DescriptionByProductIdDataLoader descriptions, CancellationToken ct) =>
        MarkdownRenderer.ToHtml(await descriptions.LoadAsync(product.Id, ct));

    public Task<CategoryView> GetCategory([Parent] ProductView product, CategoryByIdDataLoader categories, CancellationToken ct) =>
        categories.LoadAsync(product.CategoryId, ct);

    /// <summary>The product's pictures in display order.</summary>
    public Task<ImageView[]> GetImages([Parent] ProductView product, ImagesByProductIdDataLoader images, CancellationToken ct) =>
        images.LoadAsync(product.Id, ct);

    public Task<VariantView[]> GetVariants([Parent] ProductView product, VariantsByProductIdDataLoader variants, CancellationToken ct) =>
        variants.LoadAsync(product.Id, ct);

    /// <summary>The sizes the product comes in (in stock or not), in size order: XS, S, M, L, XL, XXL, then numeric sizes ascending, then others alphabetically.</summary>
    public async Task<string[]> GetSizes([Parent] ProductView product, VariantsByProductIdDataLoader variants, CancellationToken ct) =>
        [.. (await variants.LoadAsync(product.Id, ct)).Select(v => v.Size).Distinct().Order(SizeOrder.Instance)];

    /// <summary>The colours the product comes in (in stock or not), alphabetically.</summary>
    public async Task<string[]> GetColors([Parent] ProductView product, VariantsByProductIdDataLoader variants, CancellationToken ct) =>
        [.. (await variants.LoadAsync(product.Id, ct)).Select(v => v.Color).Distinct().Order(ColorOrder.Instance)];
}
