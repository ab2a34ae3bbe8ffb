using Boutique.Tests.Graph;

namespace Boutique.Tests.Catalog;

/// <summary><c>nodes(ids:)</c> loads each type's IDs in one query, whatever their number.</summary>
[Collection(HostCollection.Name)]
public sealed class NodesBatchingTests(CatalogApi api) : IClassFixture<CatalogApi>
{
    private const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Product { slug variants { sku } } } }";

    [Fact]
    public async Task NodesWithTenProductIdsCostsAsManySqlStatementsAsWithOne()
    {
        var slugs = await Sql.StringsAsync(api.Database, $"SELECT slug FROM products WHERE {Sql.Published} ORDER BY slug LIMIT 10");
        var ids = await Sql.StringsAsync(api.Database, $"SELECT id::text FROM products WHERE {Sql.Published} ORDER BY slug LIMIT 10");
        Assert.Equal(10, ids.Count);

        api.Statements.Reset();
        await api.GraphQL.DataAsync(Query, new { ids = new[] { ProductListingTests.NodeId("Product", ids[0]) } });
        var forOne = api.Statements.Statements.Count;

        api.Statements.Reset();
        var data = await api.GraphQL.DataAsync(Query, new { ids = ids.Select(id => ProductListingTests.NodeId("Product", id)).Reverse().ToArray() });
        var forTen = api.Statements.Statements.Count;

        Assert.Equal(slugs.AsEnumerable().Reverse(), data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
        Assert.Equal(forOne, forTen);
    }

    [Fact]
    public async Task NodesKeepsTheOrderAndReturnsNullForHiddenAndUnknownProducts()
    {
        var visible = (await Sql.StringsAsync(api.Database, $"SELECT id::text FROM products WHERE {Sql.Published} ORDER BY slug LIMIT 2")).ToArray();
        var hidden = (await Sql.StringsAsync(api.Database, $"SELECT id::text FROM products WHERE NOT {Sql.Published} LIMIT 1"))[0];
        string[] ids = [visible[1], hidden, Guid.NewGuid().ToString(), visible[0]];

        var data = await api.GraphQL.DataAsync(Query, new { ids = ids.Select(id => ProductListingTests.NodeId("Product", id)).ToArray() });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(4, nodes.Length);
        Assert.Equal("Product", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal("Product", nodes[3].GetProperty("__typename").GetString());
    }
}
