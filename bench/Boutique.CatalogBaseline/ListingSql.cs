namespace Boutique.CatalogBaseline;

/// <summary>
/// The statements Boutique.Graph sends for the listing, pasted from its EF Core log
/// (<c>Microsoft.EntityFrameworkCore.Database.Command</c> at Information, 2026-11-22). Parameter names
/// are EF's; Npgsql turns them into $1… as it does for EF. None is prepared: EF sends them unprepared
/// (the data source has no auto-prepare), so does this.
/// </summary>
internal static class ListingSql
{
    /// <summary>totalCount: <c>CursorPager</c> counts before it pages, on the field's own context.</summary>
    public const string Count = """
        SELECT count(*)::int
        FROM products AS p
        INNER JOIN categories AS c ON p.category_id = c.id
        WHERE p.status = 'Published' AND p.price >= @Value AND p.price <= @Value1 AND c.slug = ANY (@Value2)
        """;

    /// <summary>The page: first + 1 rows, the id as tiebreaker of the order (keyset paging).</summary>
    public const string Page = """
        SELECT p.id AS "Id", p.category_id AS "CategoryId", p.name AS "Name", p.slug AS "Slug", p.price AS "Price", p.compare_at_price AS "CompareAtPrice", p.compare_at_price IS NOT NULL AND p.compare_at_price > p.price AS "OnSale", EXISTS (
            SELECT 1
            FROM product_variants AS p0
            WHERE p.id = p0.product_id AND p0.stock > 0) AS "InStock"
        FROM products AS p
        INNER JOIN categories AS c ON p.category_id = c.id
        WHERE p.status = 'Published' AND p.price >= @Value AND p.price <= @Value1 AND c.slug = ANY (@Value2)
        ORDER BY p.price, p.id
        LIMIT @p
        """;

    /// <summary><c>CategoryByIdDataLoader</c>.</summary>
    public const string Categories = """
        SELECT c.id AS "Id", c.name AS "Name", c.slug AS "Slug", c.description AS "Description", c.image_url AS "Image"
        FROM categories AS c
        WHERE c.id = ANY (@keys)
        """;

    /// <summary><c>ImagesByProductIdDataLoader</c>.</summary>
    public const string Images = """
        SELECT p.product_id AS "ProductId", p.url AS "Url", p.alt_text AS "Alt", p.width AS "Width", p.height AS "Height"
        FROM product_images AS p
        WHERE p.product_id = ANY (@keys)
        ORDER BY p.product_id, p.sort_order
        """;

    /// <summary><c>VariantsByProductIdDataLoader</c>.</summary>
    public const string Variants = """
        SELECT p.id AS "Id", p.product_id AS "ProductId", p.sku AS "Sku", p.size AS "Size", p.colour AS "Color", COALESCE(p.price_override, p0.price) AS "Price", p.stock AS "Stock", p.stock > 0 AS "InStock"
        FROM product_variants AS p
        INNER JOIN products AS p0 ON p.product_id = p0.id
        WHERE p0.status = 'Published' AND p.product_id = ANY (@keys)
        ORDER BY p.id
        """;
}
