using System.Text.Json;

namespace GraphQL.Tests.Data;

public sealed class FilteringTests : IClassFixture<CatalogHost>
{
    private readonly CatalogHost _host;

    public FilteringTests(CatalogHost host) => _host = host;

    private async Task<int[]> Ids(string where)
    {
        var data = await _host.DataAsync("{ products(first: 50, where: " + where + ", order: [{ id: ASC }]) { nodes { id } } }");
        return data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
    }

    private static int[] Expected(Func<Product, bool> predicate) =>
        CatalogSeed.Products.Where(predicate).Select(p => p.Id).Take(50).ToArray();

    [Theory]
    [InlineData("{ name: { eq: \"Product 07\" } }", "eq")]
    [InlineData("{ name: { neq: \"Product 07\" } }", "neq")]
    [InlineData("{ name: { contains: \"t 1\" } }", "contains")]
    [InlineData("{ name: { ncontains: \"t 1\" } }", "ncontains")]
    [InlineData("{ name: { startsWith: \"Product 2\" } }", "startsWith")]
    [InlineData("{ name: { nstartsWith: \"Product 2\" } }", "nstartsWith")]
    [InlineData("{ name: { endsWith: \"5\" } }", "endsWith")]
    [InlineData("{ name: { nendsWith: \"5\" } }", "nendsWith")]
    [InlineData("{ name: { in: [\"Product 01\", \"Product 44\"] } }", "in")]
    [InlineData("{ name: { nin: [\"Product 01\", \"Product 44\"] } }", "nin")]
    public async Task StringOperationsMatchTheirLinqMeaning(string where, string operation)
    {
        Func<Product, bool> predicate = operation switch
        {
            "eq" => p => p.Name == "Product 07",
            "neq" => p => p.Name != "Product 07",
            "contains" => p => p.Name.Contains("t 1"),
            "ncontains" => p => !p.Name.Contains("t 1"),
            "startsWith" => p => p.Name.StartsWith("Product 2"),
            "nstartsWith" => p => !p.Name.StartsWith("Product 2"),
            "endsWith" => p => p.Name.EndsWith('5'),
            "nendsWith" => p => !p.Name.EndsWith('5'),
            "in" => p => p.Name is "Product 01" or "Product 44",
            _ => p => p.Name is not ("Product 01" or "Product 44"),
        };
        Assert.Equal(Expected(predicate), await Ids(where));
    }

    [Theory]
    [InlineData("{ price: { eq: 25.99 } }", "eq")]
    [InlineData("{ price: { neq: 25.99 } }", "neq")]
    [InlineData("{ price: { gt: 25.99 } }", "gt")]
    [InlineData("{ price: { ngt: 25.99 } }", "ngt")]
    [InlineData("{ price: { gte: 25.99 } }", "gte")]
    [InlineData("{ price: { ngte: 25.99 } }", "ngte")]
    [InlineData("{ price: { lt: 25.99 } }", "lt")]
    [InlineData("{ price: { nlt: 25.99 } }", "nlt")]
    [InlineData("{ price: { lte: 25.99 } }", "lte")]
    [InlineData("{ price: { nlte: 25.99 } }", "nlte")]
    [InlineData("{ price: { in: [15.99, 45.99] } }", "in")]
    [InlineData("{ price: { nin: [15.99, 45.99] } }", "nin")]
    public async Task DecimalComparisonsMatchTheirLinqMeaning(string where, string operation)
    {
        Func<Product, bool> predicate = operation switch
        {
            "eq" => p => p.Price == 25.99m,
            "neq" => p => p.Price != 25.99m,
            "gt" => p => p.Price > 25.99m,
            "ngt" => p => !(p.Price > 25.99m),
            "gte" => p => p.Price >= 25.99m,
            "ngte" => p => !(p.Price >= 25.99m),
            "lt" => p => p.Price < 25.99m,
            "nlt" => p => !(p.Price < 25.99m),
            "lte" => p => p.Price <= 25.99m,
            "nlte" => p => !(p.Price <= 25.99m),
            "in" => p => p.Price is 15.99m or 45.99m,
            _ => p => p.Price is not (15.99m or 45.99m),
        };
        Assert.Equal(Expected(predicate), await Ids(where));
    }

    [Fact]
    public async Task IntDateTimeDateGuidEnumAndBooleanOperationsTranslate()
    {
        Assert.Equal(Expected(p => p.Stock >= 15), await Ids("{ stock: { gte: 15 } }"));
        Assert.Equal(Expected(p => p.CreatedAt < new DateTimeOffset(2024, 1, 5, 0, 0, 0, TimeSpan.Zero)), await Ids("{ createdAt: { lt: \"2024-01-05T00:00:00Z\" } }"));
        Assert.Equal(Expected(p => p.ReleasedOn > new DateOnly(2024, 6, 1)), await Ids("{ releasedOn: { gt: \"2024-06-01\" } }"));
        Assert.Equal(new[] { 3 }, await Ids("{ sku: { eq: \"00000003-0000-0000-0000-000000000000\" } }"));
        Assert.Equal(Expected(p => p.Sku.CompareTo(new Guid(50, 0, 0, new byte[8])) > 0), await Ids("{ sku: { gt: \"00000032-0000-0000-0000-000000000000\" } }"));
        Assert.Equal(Expected(p => p.Status == ProductStatus.Discontinued), await Ids("{ status: { eq: DISCONTINUED } }"));
        Assert.Equal(Expected(p => p.Status is ProductStatus.Draft or ProductStatus.Active), await Ids("{ status: { in: [DRAFT, ACTIVE] } }"));
        Assert.Equal(Expected(p => p.IsFeatured), await Ids("{ isFeatured: { eq: true } }"));
        Assert.Equal(Expected(p => p.Description is null), await Ids("{ description: { eq: null } }"));
    }

    [Fact]
    public async Task AndOrListsNestAndCombine()
    {
        Assert.Equal(
            Expected(p => (p.Stock > 10 && p.IsFeatured) || p.Name == "Product 02"),
            await Ids("{ or: [{ and: [{ stock: { gt: 10 } }, { isFeatured: { eq: true } }] }, { name: { eq: \"Product 02\" } }] }"));
    }

    [Fact]
    public async Task NestedObjectFiltersFollowTheNavigation()
    {
        Assert.Equal(Expected(p => p.BrandId == 3), await Ids("{ brand: { slug: { eq: \"cobalt\" } } }"));
    }

    [Fact]
    public async Task ListFiltersSomeAllNoneAnyTranslate()
    {
        Assert.Equal(Expected(p => p.Variants.Any(v => v.Size == "L")), await Ids("{ variants: { some: { size: { eq: \"L\" } } } }"));
        Assert.Equal(Expected(p => p.Variants.All(v => v.Stock > 0)), await Ids("{ variants: { all: { stock: { gt: 0 } } } }"));
        Assert.Equal(Expected(p => !p.Variants.Any(v => v.Size == "M")), await Ids("{ variants: { none: { size: { eq: \"M\" } } } }"));
        Assert.Equal(Expected(p => p.Variants.Any()), await Ids("{ variants: { any: true } }"));
    }

    [Fact]
    public async Task AnInListOverTheLimitIsACleanError()
    {
        var values = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => "\"n" + i + "\""));
        var response = await _host.ExecuteAsync("{ products(where: { name: { in: [" + values + "] } }) { nodes { id } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("The \"in\" list holds 10000 values, more than the 1000 allowed; split the request.", error.GetProperty("message").GetString());
        Assert.Equal("FILTER_IN_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFilterNestedFiftyDeepIsACleanError()
    {
        var where = string.Concat(Enumerable.Repeat("{ and: [", 50)) + "{ stock: { gt: 1 } }" + string.Concat(Enumerable.Repeat("] }", 50));
        var response = await _host.ExecuteAsync("{ products(where: " + where + ") { nodes { id } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("FILTER_TOO_DEEP", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The filter is nested deeper than 10 levels; simplify it.", error.GetProperty("message").GetString());
    }
}
