using Boutique.Graph.Catalog;
using Boutique.Tests.Graph;

namespace Boutique.Tests.Catalog;

/// <summary>Full-text search and facets, compared with what PostgreSQL says directly.</summary>
[Collection(HostCollection.Name)]
public sealed class SearchAndFacetsTests(CatalogApi api) : IClassFixture<CatalogApi>
{
    [Fact]
    public async Task APrefixFindsWholeWordsSoSilFindsSilk()
    {
        var data = await api.GraphQL.DataAsync("{ products(search: \"sil\", first: 100) { totalCount nodes { slug } } }");

        var expected = await Sql.CountAsync(api.Database,
            $"SELECT count(*) FROM products WHERE {Sql.Published} AND search_vector @@ to_tsquery('english', 'sil:*')");
        Assert.True(expected > 0);
        Assert.Equal(expected, data.GetProperty("products").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task SearchResultsComeInRelevanceOrderWithNameMatchesFirst()
    {
        var data = await api.GraphQL.DataAsync("{ products(search: \"silk gown\", first: 100) { nodes { slug } } }");

        var expected = await Sql.StringsAsync(api.Database,
            $"SELECT slug FROM products WHERE {Sql.Published} AND search_vector @@ to_tsquery('english', 'silk:* & gown:*') " +
            "ORDER BY ts_rank(search_vector, to_tsquery('english', 'silk:* & gown:*')) DESC, id LIMIT 100");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task SearchCombinesWithFilterAndAnExplicitOrderReplacesRelevance()
    {
        var data = await api.GraphQL.DataAsync(
            "{ products(search: \"dress\", where: { price: { lte: 200 } }, order: [{ price: DESC }], first: 100) { nodes { slug } } }");

        var expected = await Sql.StringsAsync(api.Database,
            $"SELECT slug FROM products WHERE {Sql.Published} AND price <= 200 AND search_vector @@ to_tsquery('english', 'dress:*') ORDER BY price DESC, id LIMIT 100");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("where: { price: { gte: 100, lte: 300 } }", "AND p.price BETWEEN 100 AND 300")]
    [InlineData("search: \"silk\", where: { onSale: { eq: true } }", "AND p.compare_at_price > p.price AND p.search_vector @@ to_tsquery('english', 'silk:*')")]
    [InlineData("where: { category: { slug: { eq: \"shoes\" } } }", "AND c.slug = 'shoes'")]
    [InlineData("where: { variants: { some: { stock: { lt: 3 } } } }", "AND EXISTS (SELECT 1 FROM product_variants w WHERE w.product_id = p.id AND w.stock < 3)")]
    public async Task FacetsEqualTheCountsSqlComputes(string arguments, string condition)
    {
        var data = await api.GraphQL.DataAsync(
            $"{{ productFacets{(arguments.Length > 0 ? $"({arguments})" : "")} {{ totalCount priceRange {{ min max }} categories {{ category {{ slug }} count }} sizes {{ value count }} colors {{ value count }} }} }}");
        var facets = data.GetProperty("productFacets");
        var filtered = $"FROM products p JOIN categories c ON c.id = p.category_id WHERE p.{Sql.Published} {condition}";

        Assert.Equal(await Sql.CountAsync(api.Database, $"SELECT count(*) {filtered}"), facets.GetProperty("totalCount").GetInt64());
        Assert.Equal(
            await Sql.StringsAsync(api.Database, $"SELECT c.slug || '=' || count(*) {filtered} GROUP BY c.slug ORDER BY c.slug"),
            facets.GetProperty("categories").EnumerateArray().Select(f => f.GetProperty("category").GetProperty("slug").GetString() + "=" + f.GetProperty("count").GetInt32()).Order());
        // Sizes and colours count products with a variant of that size/colour in stock, in size order and alphabetically.
        var inStockVariants = filtered.Replace("WHERE", "JOIN product_variants v ON v.product_id = p.id AND v.stock > 0 WHERE");
        Assert.Equal(
            await Sql.StringsAsync(api.Database, $"SELECT size || '=' || n FROM (SELECT v.size, count(DISTINCT p.id) AS n {inStockVariants} GROUP BY v.size) s ORDER BY {Sql.SizeOrder}"),
            facets.GetProperty("sizes").EnumerateArray().Select(f => f.GetProperty("value").GetString() + "=" + f.GetProperty("count").GetInt32()));
        Assert.Equal(
            await Sql.StringsAsync(api.Database, $"SELECT colour || '=' || n FROM (SELECT v.colour, count(DISTINCT p.id) AS n {inStockVariants} GROUP BY v.colour) s ORDER BY {Sql.ColourOrder}"),
            facets.GetProperty("colors").EnumerateArray().Select(f => f.GetProperty("value").GetString() + "=" + f.GetProperty("count").GetInt32()));
        var range = await Sql.StringsAsync(api.Database, $"SELECT min(p.price)::text || '-' || max(p.price)::text {filtered}");
        Assert.Equal(range[0], facets.GetProperty("priceRange").GetProperty("min").GetDecimal() + "-" + facets.GetProperty("priceRange").GetProperty("max").GetDecimal());
    }

    [Fact]
    public async Task SoldOutProductsCountInTheTotalButInNoSizeOrColour()
    {
        var facets = (await api.GraphQL.DataAsync("{ productFacets(where: { inStock: { eq: false } }) { totalCount sizes { value } colors { value } } }")).GetProperty("productFacets");

        Assert.True(facets.GetProperty("totalCount").GetInt32() > 0);
        Assert.Empty(facets.GetProperty("sizes").EnumerateArray());
        Assert.Empty(facets.GetProperty("colors").EnumerateArray());
    }

    [Fact]
    public async Task ProductSizesComeInSizeOrderAndColoursAlphabetically()
    {
        var data = await api.GraphQL.DataAsync("{ products(first: 100, where: { price: { gte: 0 } }) { nodes { slug sizes colors } } }");
        var expected = (await Sql.StringsAsync(api.Database,
                $"SELECT p.slug || '|' || (SELECT string_agg(size, ',' ORDER BY {Sql.SizeOrder}) FROM (SELECT DISTINCT size FROM product_variants WHERE product_id = p.id) s) " +
                $"|| '|' || (SELECT string_agg(colour, ',' ORDER BY {Sql.ColourOrder}) FROM (SELECT DISTINCT colour FROM product_variants WHERE product_id = p.id) c) " +
                $"FROM products p WHERE p.{Sql.Published}"))
            .ToDictionary(r => r.Split('|')[0]);

        var nodes = data.GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(100, nodes.Count);
        foreach (var node in nodes)
        {
            var slug = node.GetProperty("slug").GetString()!;
            Assert.Equal(expected[slug], slug + "|" + string.Join(',', node.GetProperty("sizes").EnumerateArray().Select(s => s.GetString())) + "|" + string.Join(',', node.GetProperty("colors").EnumerateArray().Select(c => c.GetString())));
        }

        Assert.Contains(nodes, n => n.GetProperty("sizes").GetRawText() == "[\"XS\",\"S\",\"M\",\"L\",\"XL\"]");
    }

    [Fact]
    public void TheSizeOrderIsLettersThenNumbersThenTheRest()
    {
        string[] sizes = ["One Size", "41", "XXL", "9", "S", "36", "XL", "M", "38.5", "L", "xs", "Petite"];

        Assert.Equal(["xs", "S", "M", "L", "XL", "XXL", "9", "36", "38.5", "41", "One Size", "Petite"], sizes.Order(SizeOrder.Instance));
    }
}
