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
        Assert.Equal(
            await Sql.StringsAsync(api.Database, $"SELECT v.size || '=' || count(DISTINCT p.id) {filtered.Replace("WHERE", "JOIN product_variants v ON v.product_id = p.id WHERE")} GROUP BY v.size ORDER BY 1"),
            facets.GetProperty("sizes").EnumerateArray().Select(f => f.GetProperty("value").GetString() + "=" + f.GetProperty("count").GetInt32()).Order(StringComparer.Ordinal));
        Assert.Equal(
            await Sql.StringsAsync(api.Database, $"SELECT v.colour || '=' || count(DISTINCT p.id) {filtered.Replace("WHERE", "JOIN product_variants v ON v.product_id = p.id WHERE")} GROUP BY v.colour ORDER BY 1"),
            facets.GetProperty("colors").EnumerateArray().Select(f => f.GetProperty("value").GetString() + "=" + f.GetProperty("count").GetInt32()).Order(StringComparer.Ordinal));
        var range = await Sql.StringsAsync(api.Database, $"SELECT min(p.price)::text || '-' || max(p.price)::text {filtered}");
        Assert.Equal(range[0], facets.GetProperty("priceRange").GetProperty("min").GetDecimal() + "-" + facets.GetProperty("priceRange").GetProperty("max").GetDecimal());
    }
}
