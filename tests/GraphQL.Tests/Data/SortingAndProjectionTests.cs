namespace GraphQL.Tests.Data;

public sealed class SortingAndProjectionTests : IClassFixture<CatalogHost>
{
    private readonly CatalogHost _host;

    public SortingAndProjectionTests(CatalogHost host) => _host = host;

    [Fact]
    public async Task SeveralSortEntriesApplyInOrderWithTheKeyAsTiebreaker()
    {
        var data = await _host.DataAsync("{ products(first: 50, order: [{ brand: { name: DESC } }, { price: ASC }]) { nodes { id } } }");
        var expected = CatalogSeed.Products
            .OrderByDescending(p => CatalogSeed.BrandNames[p.BrandId - 1], StringComparer.Ordinal).ThenBy(p => p.Price).ThenBy(p => p.Id)
            .Select(p => p.Id).Take(50);
        Assert.Equal(expected, data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task ASortInputSettingTwoFieldsIsACleanError()
    {
        var response = await _host.ExecuteAsync("{ products(order: [{ price: ASC, name: DESC }]) { nodes { id } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal(
            "Each \"ProductSortInput\" in \"order\" must set exactly one field, but one sets 2 (\"name\", \"price\"); use one list entry per field.",
            error.GetProperty("message").GetString());
        Assert.Equal("SORT_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ProjectionsReadOnlyTheSelectedColumns()
    {
        _host.Sql.Clear();
        await _host.DataAsync("{ products(first: 3) { nodes { name } } }");
        var sql = Assert.Single(_host.Sql.Commands);
        Assert.Contains("\"Name\"", sql);
        Assert.DoesNotContain("\"Description\"", sql);
        Assert.DoesNotContain("\"Price\"", sql);
        Assert.DoesNotContain("JOIN", sql);
    }

    [Fact]
    public async Task FiftyProductsWithBrandAndVariantsAreOneStatement()
    {
        _host.Sql.Clear();
        var data = await _host.DataAsync("{ products(first: 50) { nodes { id name brand { name } variants { size } } } }");
        Assert.Single(_host.Sql.Commands);
        var first = data.GetProperty("products").GetProperty("nodes")[0];
        Assert.Equal("Bolt", first.GetProperty("brand").GetProperty("name").GetString());
        Assert.Equal(new[] { "S", "M" }, first.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("size").GetString()));
    }

    [Fact]
    public async Task UnpagedListsFilterSortAndProjectInOneStatement()
    {
        _host.Sql.Clear();
        var data = await _host.DataAsync("{ brands(where: { name: { startsWith: \"C\" } }, order: [{ name: DESC }]) { slug } }");
        Assert.Single(_host.Sql.Commands);
        Assert.Equal("[{\"slug\":\"cobalt\"}]", data.GetProperty("brands").GetRawText());
    }
}
