namespace Boutique.CatalogBaseline;

/// <summary>One page of the listing as read from PostgreSQL, in the order it is written.</summary>
internal sealed record ListingPage(int TotalCount, bool HasNextPage, ProductRow[] Products,
    Dictionary<Guid, CategoryRow> Categories, Dictionary<Guid, List<ImageRow>> Images, Dictionary<Guid, List<VariantRow>> Variants);

internal readonly record struct ProductRow(Guid Id, Guid CategoryId, string Name, string Slug, decimal Price, decimal? CompareAtPrice, bool OnSale, bool InStock);

internal sealed record CategoryRow(string Name, string Slug);

internal readonly record struct ImageRow(string Url, string? Alt, int Width, int Height);

internal readonly record struct VariantRow(string Sku, string Size, string Color, decimal Price, int Stock, bool InStock);
