using Boutique.Storefront.GraphQL;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// A product page's state: the product and the size and colour the shopper picked (query string, so the
/// choice works without JavaScript), with the stock of what is picked.
/// </summary>
public sealed class ProductChoice
{
    private ProductChoice(IProduct_ProductBySlug product, string? size, string? color)
    {
        Product = product;
        // Only values the product has; a one-colour or one-size product has its only value chosen.
        Size = product.Sizes.Count == 1 ? product.Sizes[0] : product.Sizes.FirstOrDefault(s => s == size);
        Color = product.Colors.Count == 1 ? product.Colors[0] : product.Colors.FirstOrDefault(c => c == color);
    }

    public IProduct_ProductBySlug Product { get; }

    public string? Size { get; }

    public string? Color { get; }

    /// <summary>The variant of the chosen size and colour, when both are chosen.</summary>
    public IProduct_ProductBySlug_Variants? Variant =>
        Size is null || Color is null ? null : Product.Variants.FirstOrDefault(v => v.Size == Size && v.Color == Color);

    /// <summary>Units of the chosen variant, or of everything that matches the partial choice.</summary>
    public int Units => Variant?.Stock ?? Product.Variants.Where(Matches).Sum(v => v.Stock);

    public decimal Price => Variant?.Price ?? Product.Price;

    /// <summary>Units in <paramref name="size"/>, within the chosen colour if there is one.</summary>
    public int UnitsInSize(string size) => Product.Variants.Where(v => v.Size == size && (Color is null || v.Color == Color)).Sum(v => v.Stock);

    /// <summary>Units in <paramref name="color"/>, within the chosen size if there is one.</summary>
    public int UnitsInColor(string color) => Product.Variants.Where(v => v.Color == color && (Size is null || v.Size == Size)).Sum(v => v.Stock);

    public static ProductChoice? For(IProduct_ProductBySlug? product, string? size, string? color) =>
        product is null ? null : new ProductChoice(product, size, color);

    private bool Matches(IProduct_ProductBySlug_Variants v) => (Size is null || v.Size == Size) && (Color is null || v.Color == Color);
}
