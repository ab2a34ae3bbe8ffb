using System.Text.Json;
using Boutique.Tests.Graph;

namespace Boutique.Tests.Catalog;

/// <summary>Query.products over HTTP against the seeded demo catalog: filters, sorting, paging, visibility, bad input.</summary>
[Collection(HostCollection.Name)]
public sealed class ProductListingTests(CatalogApi api) : IClassFixture<CatalogApi>
{
    private const string Slugs = "totalCount nodes { slug }";

    private async Task<(int Total, List<string> Slugs)> ListAsync(string arguments)
    {
        var data = await api.GraphQL.DataAsync($"{{ products({arguments}) {{ {Slugs} }} }}");
        var products = data.GetProperty("products");
        return (products.GetProperty("totalCount").GetInt32(), [.. products.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!)]);
    }

    private Task<long> CountAsync(string where) => Sql.CountAsync(api.Database, $"SELECT count(*) FROM products p WHERE p.{Sql.Published} AND ({where})");

    [Fact]
    public async Task TheDefaultPageHas24OfThe160PublishedProductsNewestFirst()
    {
        var (total, slugs) = await ListAsync("first: 24");

        Assert.Equal(160, total);
        Assert.Equal(await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE {Sql.Published} ORDER BY created_at DESC, id LIMIT 24"), slugs);
    }

    [Theory]
    [InlineData("name: { contains: \"Silk\" }", "p.name LIKE '%Silk%'")]
    [InlineData("slug: { startsWith: \"a\" }", "p.slug LIKE 'a%'")]
    [InlineData("price: { gte: 150, lte: 300 }", "p.price BETWEEN 150 AND 300")]
    [InlineData("compareAtPrice: { gt: 200 }", "p.compare_at_price > 200")]
    [InlineData("onSale: { eq: true }", "p.compare_at_price > p.price")]
    [InlineData("featured: { eq: true }", "p.is_featured")]
    [InlineData("inStock: { eq: false }", "NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.stock > 0)")]
    [InlineData("createdAt: { gte: \"2024-03-01T00:00:00Z\" }", "p.created_at >= '2024-03-01T00:00:00Z'")]
    [InlineData("category: { slug: { eq: \"evening-dresses\" } }", "p.category_id = (SELECT id FROM categories WHERE slug = 'evening-dresses')")]
    [InlineData("variants: { some: { size: { eq: \"XS\" }, stock: { gt: 5 } } }", "EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.size = 'XS' AND v.stock > 5)")]
    [InlineData("variants: { some: { color: { eq: \"Black\" } } }", "EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.colour = 'Black')")]
    [InlineData("price: { gte: 50, lte: 150 }, category: { slug: { eq: \"evening-dresses\" } }", "p.price BETWEEN 50 AND 150 AND p.category_id = (SELECT id FROM categories WHERE slug = 'evening-dresses')")]
    public async Task EachFilterSelectsWhatTheSameConditionSelectsInSql(string where, string sql)
    {
        var (total, slugs) = await ListAsync($"first: 100, where: {{ {where} }}");

        Assert.Equal(await CountAsync(sql), total);
        Assert.Equal(Math.Min(total, 100), slugs.Count);
    }

    [Fact]
    public async Task TheCategoryIdFilterTakesTheCategoryIdTheApiGives()
    {
        var uuid = (await Sql.StringsAsync(api.Database, "SELECT id FROM categories WHERE slug = 'bags'"))[0];
        var id = (await api.GraphQL.DataAsync("{ categoryBySlug(slug: \"bags\") { id } }")).GetProperty("categoryBySlug").GetProperty("id").GetString();

        var (total, _) = await ListAsync($"where: {{ category: {{ id: {{ eq: \"{id}\" }} }} }}");

        Assert.Equal(await CountAsync($"p.category_id = '{uuid}'"), total);
        Assert.True(total > 0);
    }

    [Fact]
    public async Task TheIdFilterTakesProductAndVariantIdsTheApiGives()
    {
        var page = (await api.GraphQL.DataAsync("{ products(first: 5, order: [{ name: ASC }]) { nodes { id slug variants { id } } } }")).GetProperty("products").GetProperty("nodes");
        var ids = new[] { page[1].GetProperty("id").GetString(), page[3].GetProperty("id").GetString() };
        var hiddenId = NodeId("Product", (await Sql.StringsAsync(api.Database, $"SELECT id FROM products WHERE NOT {Sql.Published} LIMIT 1"))[0]);

        var (_, some) = await ListAsync($"where: {{ id: {{ in: [\"{ids[0]}\", \"{ids[1]}\", \"{hiddenId}\"] }} }}, order: [{{ name: ASC }}]");
        var (_, one) = await ListAsync($"where: {{ id: {{ eq: \"{ids[0]}\" }} }}");
        var (others, _) = await ListAsync($"where: {{ id: {{ nin: [\"{ids[0]}\", \"{ids[1]}\"] }} }}");
        var (_, byVariant) = await ListAsync($"where: {{ variants: {{ some: {{ id: {{ eq: \"{page[2].GetProperty("variants")[0].GetProperty("id").GetString()}\" }} }} }} }}");

        Assert.Equal([page[1].GetProperty("slug").GetString()!, page[3].GetProperty("slug").GetString()!], some);
        Assert.Equal([page[1].GetProperty("slug").GetString()!], one);
        Assert.Equal(158, others);
        Assert.Equal([page[2].GetProperty("slug").GetString()!], byVariant);
    }

    [Theory]
    [InlineData("category: { id: { eq: $id } }", "Product")]
    [InlineData("id: { in: [$id] }", "Category")]
    [InlineData("variants: { some: { id: { eq: $id } } }", "Product")]
    public async Task AnIdOfTheWrongTypeInAFilterIsACleanError(string where, string givenType)
    {
        var uuid = (await Sql.StringsAsync(api.Database, $"SELECT id FROM {(givenType == "Product" ? "products" : "categories")} LIMIT 1"))[0];
        // One request per field: both are non-null root fields, so after the first error the data is null and
        // whether the sibling still runs (and reports) is the executor's business (spec §6.4.4), not this test's.
        foreach (var field in new[] { "products", "productFacets" })
        {
            var query = $"query($id: ID!) {{ {field}(where: {{ {where} }}) {{ totalCount }} }}";

            var response = await api.GraphQL.PostAsync(query, new { id = NodeId(givenType, uuid) });

            var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
            Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains($"is not a \"", error.GetProperty("message").GetString());
            Assert.Equal(field, error.GetProperty("path")[0].GetString());
        }

        Assert.Equal(["INVALID_ID"], await api.GraphQL.ErrorCodesAsync("{ products(where: { id: { eq: \"garbage\" } }) { totalCount } }"));
    }

    [Theory]
    [InlineData("{ price: ASC }", "price, id")]
    [InlineData("{ price: DESC }", "price DESC, id")]
    [InlineData("{ name: ASC }", "name COLLATE \"default\", id")]
    [InlineData("{ createdAt: ASC }", "created_at, id")]
    [InlineData("{ featured: DESC }", "is_featured DESC, id")]
    public async Task SortingOrdersAsSqlDoesWithTheIdAsTiebreaker(string order, string sqlOrder)
    {
        var (_, slugs) = await ListAsync($"first: 100, order: [{order}]");

        Assert.Equal(await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE {Sql.Published} ORDER BY {sqlOrder} LIMIT 100"), slugs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("order: [{ price: ASC }]")]
    [InlineData("order: [{ featured: DESC }, { name: ASC }]")]
    public async Task WalkingForwardThenBackwardVisitsEveryPublishedProductOnceInAStableOrder(string order)
    {
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync($"first: 37 {order} {(after is null ? "" : $"after: \"{after}\"")}");
            forward.AddRange(page.Slugs);
            after = page.HasNext ? page.EndCursor : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await PageAsync($"last: 37 {order} {(before is null ? "" : $"before: \"{before}\"")}");
            backward.InsertRange(0, page.Slugs);
            before = page.HasPrevious ? page.StartCursor : null;
        }
        while (before is not null);

        var published = await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE {Sql.Published}");
        Assert.Equal(160, forward.Count);
        Assert.Equal(forward.Count, forward.Distinct().Count());
        Assert.Equal(published.Order(), forward.Order());
        Assert.Equal(forward, backward);
    }

    private async Task<(List<string> Slugs, bool HasNext, bool HasPrevious, string? StartCursor, string? EndCursor)> PageAsync(string arguments)
    {
        var data = await api.GraphQL.DataAsync($"{{ products({arguments}) {{ nodes {{ slug }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}");
        var products = data.GetProperty("products");
        var info = products.GetProperty("pageInfo");
        return ([.. products.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!)],
            info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(), info.GetProperty("endCursor").GetString());
    }

    [Fact]
    public async Task DraftPendingAndArchivedProductsAreInvisibleOnEveryPath()
    {
        var hidden = await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE NOT {Sql.Published}");
        var hiddenIds = await Sql.StringsAsync(api.Database, $"SELECT id FROM products WHERE NOT {Sql.Published}");
        var hiddenNames = await Sql.StringsAsync(api.Database, $"SELECT name FROM products WHERE NOT {Sql.Published}");
        Assert.NotEmpty(hidden);

        var all = await ListAsync("first: 100, where: { price: { gte: 0 } }");
        var rest = await ListAsync($"first: 100, after: \"{await EndCursorAsync()}\"");
        Assert.DoesNotContain(all.Slugs.Concat(rest.Slugs), hidden.Contains);

        for (var i = 0; i < hidden.Count; i++)
        {
            var data = await api.GraphQL.DataAsync(
                "query($slug: String!, $id: ID!, $search: String) { productBySlug(slug: $slug) { id } node(id: $id) { id } products(search: $search, first: 100) { nodes { slug } } }",
                new { slug = hidden[i], id = NodeId("Product", hiddenIds[i]), search = hiddenNames[i] });
            Assert.Equal(JsonValueKind.Null, data.GetProperty("productBySlug").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
            Assert.DoesNotContain(data.GetProperty("products").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("slug").GetString() == hidden[i]);
        }

        var hiddenVariant = (await Sql.StringsAsync(api.Database, $"SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id WHERE NOT p.{Sql.Published} LIMIT 1"))[0];
        var variantNode = await api.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = NodeId("ProductVariant", hiddenVariant) });
        Assert.Equal(JsonValueKind.Null, variantNode.GetProperty("node").ValueKind);

        var categories = await api.GraphQL.DataAsync("{ categories { productCount products(first: 100) { totalCount nodes { slug } } } }");
        foreach (var category in categories.GetProperty("categories").EnumerateArray())
        {
            Assert.Equal(20, category.GetProperty("productCount").GetInt32());
            Assert.Equal(20, category.GetProperty("products").GetProperty("totalCount").GetInt32());
            Assert.DoesNotContain(category.GetProperty("products").GetProperty("nodes").EnumerateArray(), n => hidden.Contains(n.GetProperty("slug").GetString()!));
        }

        var facets = await api.GraphQL.DataAsync("{ productFacets { totalCount } }");
        Assert.Equal(160, facets.GetProperty("productFacets").GetProperty("totalCount").GetInt32());
    }

    private async Task<string> EndCursorAsync()
    {
        var data = await api.GraphQL.DataAsync("{ products(first: 100, where: { price: { gte: 0 } }) { pageInfo { endCursor } } }");
        return data.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }

    /// <summary>The toolkit's global ID, written out by hand: base64 of <c>Type:uuid</c> (the hand-written benchmark endpoint emits the same).</summary>
    internal static string NodeId(string type, string uuid) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(type + ":" + Guid.Parse(uuid).ToString("D")));

    [Fact]
    public async Task IdsAreBase64OfTheTypeNameAndTheUuid()
    {
        var row = await Sql.StringsAsync(api.Database, $"SELECT p.id || ' ' || p.category_id || ' ' || (SELECT v.id FROM product_variants v WHERE v.product_id = p.id ORDER BY v.id LIMIT 1) FROM products p WHERE p.{Sql.Published} ORDER BY p.slug LIMIT 1");
        var (product, category, variant) = (row[0].Split(' ')[0], row[0].Split(' ')[1], row[0].Split(' ')[2]);
        var slug = (await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE id = '{product}'"))[0];

        var data = (await api.GraphQL.DataAsync("query($slug: String!) { productBySlug(slug: $slug) { id category { id } variants { id } } }", new { slug })).GetProperty("productBySlug");

        Assert.Equal(NodeId("Product", product), data.GetProperty("id").GetString());
        Assert.Equal(GraphQL.Relay.GlobalId.Encode("Product", Guid.Parse(product)), data.GetProperty("id").GetString());
        Assert.Equal(NodeId("Category", category), data.GetProperty("category").GetProperty("id").GetString());
        Assert.Equal(NodeId("ProductVariant", variant), data.GetProperty("variants")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AProductIsFoundBySlugAndByItsGlobalIdWithEveryField()
    {
        var slug = (await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE {Sql.Published} AND compare_at_price IS NOT NULL ORDER BY slug LIMIT 1"))[0];
        const string Fields = "id name slug description descriptionHtml price compareAtPrice onSale featured inStock createdAt sizes colors category { id slug productCount } images { url alt width height } variants { id sku size color price stock inStock }";

        var bySlug = (await api.GraphQL.DataAsync($"query($slug: String!) {{ productBySlug(slug: $slug) {{ {Fields} }} }}", new { slug })).GetProperty("productBySlug");
        var byNode = (await api.GraphQL.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Product {{ {Fields} }} }} }}", new { id = bySlug.GetProperty("id").GetString() })).GetProperty("node");

        Assert.Equal(bySlug.ToString(), byNode.ToString());
        Assert.Equal(slug, bySlug.GetProperty("slug").GetString());
        Assert.True(bySlug.GetProperty("onSale").GetBoolean());
        Assert.StartsWith("<p>", bySlug.GetProperty("descriptionHtml").GetString());
        Assert.StartsWith("/images/", bySlug.GetProperty("images")[0].GetProperty("url").GetString());
        Assert.NotEmpty(bySlug.GetProperty("variants").EnumerateArray());
        var variantId = bySlug.GetProperty("variants")[0].GetProperty("id").GetString();
        var variant = await api.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on ProductVariant { sku } } }", new { id = variantId });
        Assert.Equal("ProductVariant", variant.GetProperty("node").GetProperty("__typename").GetString());
        var category = await api.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on Category { slug } } }", new { id = bySlug.GetProperty("category").GetProperty("id").GetString() });
        Assert.Equal(bySlug.GetProperty("category").GetProperty("slug").GetString(), category.GetProperty("node").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task CategoriesListAllEightAndOneIsFoundBySlug()
    {
        var data = await api.GraphQL.DataAsync("{ categories { slug } categoryBySlug(slug: \"bags\") { name } missing: categoryBySlug(slug: \"nope\") { name } }");

        Assert.Equal(8, data.GetProperty("categories").GetArrayLength());
        Assert.Equal("Bags", data.GetProperty("categoryBySlug").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Theory]
    [InlineData("first: 500", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("first: -1", "PAGING_NEGATIVE")]
    [InlineData("after: \"not-a-cursor\"", "PAGING_INVALID_CURSOR")]
    [InlineData("first: 1, last: 1", "PAGING_FIRST_LAST_BOTH")]
    public async Task BadPagingArgumentsAreCleanErrors(string arguments, string code)
    {
        Assert.Equal([code], await api.GraphQL.ErrorCodesAsync($"{{ products({arguments}) {{ nodes {{ slug }} }} }}"));
    }

    [Fact]
    public async Task HarmlessOddInputGivesEmptyResultsNotErrors()
    {
        Assert.Empty((await ListAsync("first: 0")).Slugs);
        Assert.Equal(0, (await ListAsync("where: { category: { slug: { eq: \"no-such-category\" } } }")).Total);
        Assert.Equal(0, (await ListAsync($"search: \"{new string('x', 2000)}\"")).Total);
        // Only tsquery punctuation: nothing to search for, so it is the whole catalog (as an empty search box).
        Assert.Equal(160, (await ListAsync("search: \"') | !(:* <-> \\\\\"")).Total);
    }

    [Fact]
    public async Task AMalformedNodeIdIsAnErrorAndAnUnknownOneIsNull()
    {
        Assert.Equal(["INVALID_ID"], await api.GraphQL.ErrorCodesAsync("{ node(id: \"%%%\") { id } }"));
        Assert.Equal(["INVALID_ID"], await api.GraphQL.ErrorCodesAsync("query($id: ID!) { node(id: $id) { id } }", new { id = NodeId("Order", Guid.NewGuid().ToString()) }));
        Assert.Equal(["INVALID_ID"], await api.GraphQL.ErrorCodesAsync("query($id: ID!) { nodes(ids: [$id]) { id } }", new { id = Convert.ToBase64String("Product:not-a-uuid"u8) }));
        var data = await api.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = NodeId("Product", Guid.NewGuid().ToString()) });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }
}
