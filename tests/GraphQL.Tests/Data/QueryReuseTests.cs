using System.Collections.Concurrent;
using GraphQL.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

/// <summary>The catalog schema over contexts that log each query EF Core compiles.</summary>
public sealed class QueryReuseHost : DataTestHost
{
    public ConcurrentQueue<string> Compilations { get; } = new();

    protected override void Configure(IServiceCollection services)
    {
        services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql)
            .LogTo(Compilations.Enqueue, new[] { CoreEventId.QueryCompilationStarting }));
        services.AddGraphQL().AddSchema(sp =>
            new CodeFirstSchemaBuilder { ServiceLookup = sp.GetRequiredService<IServiceProviderIsService>() }.AddQueryType<CatalogQuery>().Build());
    }
}

/// <summary>
/// What the data middleware reuses between requests: EF Core's compiled query (values are SQL
/// parameters, so other values do not compile again) and the expressions and projection it built for
/// a cached operation, without serving one request's values or columns to another.
/// </summary>
public sealed class QueryReuseTests : IClassFixture<QueryReuseHost>
{
    private const string ByVariables =
        "query($where: ProductFilterInput, $order: [ProductSortInput!], $after: String) { products(first: 5, after: $after, where: $where, order: $order) { nodes { id name } pageInfo { hasNextPage endCursor } } }";

    private readonly QueryReuseHost _host;

    public QueryReuseTests(QueryReuseHost host) => _host = host;

    private static Dictionary<string, object?> Variables(decimal minPrice, string prefix, string orderField = "price", string? after = null) => new()
    {
        ["where"] = new Dictionary<string, object?>
        {
            ["price"] = new Dictionary<string, object?> { ["gte"] = minPrice },
            ["name"] = new Dictionary<string, object?> { ["startsWith"] = prefix },
        },
        ["order"] = new List<object?> { new Dictionary<string, object?> { [orderField] = "DESC" } },
        ["after"] = after,
    };

    private static int[] Expected(decimal minPrice, string prefix) => CatalogSeed.Products
        .Where(p => p.Price >= minPrice && p.Name.StartsWith(prefix, StringComparison.Ordinal))
        .OrderByDescending(p => p.Price).ThenBy(p => p.Id).Take(5).Select(p => p.Id).ToArray();

    private async Task<int[]> IdsAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var response = await _host.ExecuteAsync(query, variables: variables);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        return response.GetProperty("data").GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
    }

    [Fact]
    public async Task OtherFilterValuesReuseEfCoresCompiledQuery()
    {
        Assert.Equal(Expected(20m, "Product"), await IdsAsync(ByVariables, Variables(20m, "Product")));
        _host.Compilations.Clear();

        foreach (var (price, prefix) in new[] { (25m, "Product 1"), (12m, "Product 2"), (30m, "Product 3"), (0m, "Product") })
        {
            Assert.Equal(Expected(price, prefix), await IdsAsync(ByVariables, Variables(price, prefix)));
        }

        Assert.Empty(_host.Compilations);
    }

    [Fact]
    public async Task ARepeatedLiteralQueryReusesItsPredicateWithoutMixingUpValues()
    {
        const string a = "{ products(first: 5, where: { price: { gte: 25 } }, order: [{ price: DESC }]) { nodes { id } } }";
        const string b = "{ products(first: 5, where: { price: { gte: 12 }, name: { startsWith: \"Product 2\" } }, order: [{ price: DESC }]) { nodes { id } } }";
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(Expected(25m, string.Empty), await IdsAsync(a));
            Assert.Equal(Expected(12m, "Product 2"), await IdsAsync(b));
        }
    }

    [Fact]
    public async Task RepeatedVariablesReuseWhatWasBuiltWithoutMixingUpValuesOrSortShapes()
    {
        // The predicate and sort keys are reused when a request's variables equal the last ones by
        // content; other values or another ordering must rebuild, and EF Core must not compile again.
        int[] ExpectedBy(decimal minPrice, string prefix, string orderField)
        {
            var rows = CatalogSeed.Products.Where(p => p.Price >= minPrice && p.Name.StartsWith(prefix, StringComparison.Ordinal));
            var ordered = orderField == "name" ? rows.OrderByDescending(p => p.Name, StringComparer.Ordinal) : rows.OrderByDescending(p => p.Price);
            return ordered.ThenBy(p => p.Id).Take(5).Select(p => p.Id).ToArray();
        }

        foreach (var field in new[] { "price", "name" }) await IdsAsync(ByVariables, Variables(0m, "Product", field));
        _host.Compilations.Clear();

        var sequence = new[] { (20m, "Product", "price"), (20m, "Product", "price"), (25m, "Product 1", "price"), (20m, "Product", "price"), (20m, "Product", "name"), (20m, "Product", "name"), (20m, "Product", "price") };
        foreach (var (price, prefix, field) in sequence)
        {
            Assert.Equal(ExpectedBy(price, prefix, field), await IdsAsync(ByVariables, Variables(price, prefix, field)));
        }

        Assert.Empty(_host.Compilations);
    }

    [Fact]
    public async Task ASortOnAnUnselectedColumnAfterACachedProjectionStillPagesByIt()
    {
        // The first request projects id and name (ordered by name); the second orders the same cached
        // operation by price, a column it does not select: its cursors must still hold the price.
        await IdsAsync(ByVariables, Variables(0m, "Product", "name"));
        var all = CatalogSeed.Products.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToArray();
        var seen = new List<int>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var response = await _host.ExecuteAsync(ByVariables, variables: Variables(0m, "Product", "price", after));
            var products = response.GetProperty("data").GetProperty("products");
            seen.AddRange(products.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            after = products.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(all.Take(15), seen);
    }
}
