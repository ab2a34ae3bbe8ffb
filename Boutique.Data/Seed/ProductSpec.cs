using Boutique.Data.Catalog;

namespace Boutique.Data.Seed;

internal sealed record VariantSpec(string Sku, string Size, Colour Colour, int Stock);

/// <summary>One demo product, fully decided before anything touches the database.</summary>
internal sealed record ProductSpec(
    CategoryBlueprint Category,
    string Name,
    string Slug,
    string Description,
    decimal Price,
    decimal? CompareAtPrice,
    bool Featured,
    ProductStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Colour> Colours,
    IReadOnlyList<VariantSpec> Variants);
