using System.Collections.Concurrent;
using GraphQL.Data;
using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class CompiledCatalogQuery
{
    /// <summary>Read by the resolver's expression as a static field: EF Core makes it a parameter, so must the compiled path.</summary>
    public static decimal MinimumPrice;

    /// <summary>Called inside the expression: EF Core evaluates it per execution, so a compiled query would freeze it.</summary>
    public static decimal Threshold() => MinimumPrice;

    [UsePaging, UseProjection, UseFiltering, UseSorting]
    public IQueryable<Product> GetProducts(CatalogDbContext db) => db.Products;

    /// <summary>The same field again, for the test that counts its compiled shapes.</summary>
    [UsePaging, UseProjection, UseFiltering, UseSorting]
    public IQueryable<Product> GetSameProducts(CatalogDbContext db) => db.Products;

    [UsePaging(IncludeTotalCount = false)]
    public IQueryable<Product> GetUnsortedProducts(CatalogDbContext db) => db.Products;

    [UseOffsetPaging, UseFiltering, UseSorting]
    public IQueryable<Product> GetProductPages(CatalogDbContext db) => db.Products;

    [UseFirstOrDefault, UseProjection]
    public IQueryable<Product> GetProductByName(string name, CatalogDbContext db) => db.Products.Where(p => p.Name == name);

    [UsePaging, UseFiltering]
    public IQueryable<Product> GetCheaperThan(decimal max, CatalogDbContext db) => db.Products.Where(p => p.Price < max && p.Price >= MinimumPrice).OrderBy(p => p.Price);

    /// <summary>A provider function (EF.Functions) over a captured value, as the boutique's full-text search does.</summary>
    [UsePaging]
    public IQueryable<Product> GetNamedLike(string pattern, CatalogDbContext db) => db.Products.Where(p => EF.Functions.ILike(p.Name, pattern)).OrderBy(p => p.Id);

    [UsePaging]
    public IQueryable<Product> GetMaybeAboveThreshold(bool above, CatalogDbContext db) =>
        above ? db.Products.Where(p => p.Price > Threshold()) : db.Products.Where(p => p.Stock >= 0);

    [UsePaging]
    public IQueryable<Product> GetAboveThreshold(CatalogDbContext db) => db.Products.Where(p => p.Price > Threshold()).OrderBy(p => p.Id);
}

/// <summary>Per-field pooled contexts (the compiled path) or one scoped context per request (EF Core's ordinary path).</summary>
public abstract class CompiledQueryHostBase : DataTestHost
{
    public ConcurrentQueue<string> Compilations { get; } = new();

    protected void AddContext(IServiceCollection services, bool perField)
    {
        void Options(DbContextOptionsBuilder o) =>
            o.UseNpgsql(ConnectionString).AddInterceptors(Sql).LogTo(Compilations.Enqueue, new[] { CoreEventId.QueryCompilationStarting });
        var graphql = services.AddGraphQL().AddQueryType<CompiledCatalogQuery>().ModifyPagingOptions(o => o.MaxPageSize = 50);
        if (perField)
        {
            services.AddPooledDbContextFactory<CatalogDbContext>(Options);
            graphql.RegisterDbContextFactory<CatalogDbContext>();
        }
        else
        {
            services.AddDbContext<CatalogDbContext>(Options);
        }
    }
}

public sealed class CompiledQueryHost : CompiledQueryHostBase
{
    protected override void Configure(IServiceCollection services) => AddContext(services, perField: true);
}

public sealed class OrdinaryQueryHost : CompiledQueryHostBase
{
    protected override void Configure(IServiceCollection services) => AddContext(services, perField: false);
}

/// <summary>
/// Connection fields run their page and count through EF Core compiled queries, one per query shape,
/// when the query was built on the field's own context: the same answers and SQL as EF Core's ordinary
/// path, values still parameters, and nothing a compiled query would freeze.
/// </summary>
public sealed class CompiledQueryTests : IClassFixture<CompiledQueryHost>, IClassFixture<OrdinaryQueryHost>
{
    private const string Page =
        "query($where: ProductFilterInput, $order: [ProductSortInput!], $first: Int, $after: String, $last: Int, $before: String) { products(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) { totalCount nodes { id name price } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    private readonly CompiledQueryHost _compiled;
    private readonly OrdinaryQueryHost _ordinary;

    public CompiledQueryTests(CompiledQueryHost compiled, OrdinaryQueryHost ordinary)
    {
        _compiled = compiled;
        _ordinary = ordinary;
    }

    private PageQueries<Product> Queries(string field) =>
        (PageQueries<Product>)((ObjectType)_compiled.Executor.Schema.GetType("Query")!).Fields[field]!.Features[DataFeatures.CompiledQueries]!;

    private static Dictionary<string, object?> Where(params (string Field, string Operator, object? Value)[] conditions) =>
        conditions.ToDictionary(c => c.Field, c => (object?)new Dictionary<string, object?> { [c.Operator] = c.Value });

    private static Dictionary<string, object?> Variables(Dictionary<string, object?>? where, string? orderField, string direction, int? first = null, string? after = null, int? last = null, string? before = null) => new()
    {
        ["where"] = where,
        ["order"] = orderField is null ? null : new List<object?> { new Dictionary<string, object?> { [orderField] = direction } },
        ["first"] = first,
        ["after"] = after,
        ["last"] = last,
        ["before"] = before,
    };

    private async Task<string> BothAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var expected = await _ordinary.ExecuteTextAsync(query, variables: variables);
        Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await _compiled.ExecuteTextAsync(query, variables: variables));
        return expected;
    }

    [Fact]
    public async Task FiltersSortsAndPagesInBothDirectionsAnswerAsEfCoresOrdinaryPath()
    {
        var wheres = new[]
        {
            null,
            Where(("price", "gte", 20m)),
            Where(("price", "gte", 20m), ("name", "startsWith", "Product 1")),
            Where(("status", "in", new List<object?> { "ACTIVE", "DRAFT" }), ("price", "lt", 30m)),
            Where(("name", "contains", "5")),
        };

        var runs = Queries("products").Rows.Runs;
        foreach (var where in wheres)
        {
            foreach (var (field, direction) in new[] { ("price", "DESC"), ("name", "ASC"), ((string?)null, "ASC") })
            {
                // Three pages forward, then back from the last one's start: cursors of the compiled path feed the next request.
                string? after = null;
                for (var page = 0; page < 3; page++)
                {
                    var text = await BothAsync(Page, Variables(where, field, direction, first: 4, after: after));
                    after = EndCursor(text, "endCursor");
                    if (after is null) break;
                }

                var forward = await BothAsync(Page, Variables(where, field, direction, first: 7));
                if (EndCursor(forward, "endCursor") is { } end) await BothAsync(Page, Variables(where, field, direction, last: 3, before: end));
                await BothAsync(Page, Variables(where, field, direction, last: 2));
            }
        }

        await BothAsync("{ unsortedProducts(first: 5) { nodes { id } pageInfo { hasNextPage endCursor } } }");
        var offset = await BothAsync("{ unsortedProducts(first: 5) { pageInfo { endCursor } } }");
        await BothAsync("query($after: String) { unsortedProducts(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }", new() { ["after"] = EndCursor(offset, "endCursor") });

        Assert.True(Queries("products").Rows.Runs > runs, "the compiled path was not taken");
        Assert.True(Queries("unsortedProducts").Rows.Runs > 0, "offset pages did not take the compiled path");
    }

    [Fact]
    public async Task AShapeCompiledOnceServesOtherValuesWithTheSameSql()
    {
        const string page = "query($where: ProductFilterInput, $order: [ProductSortInput!], $first: Int) { sameProducts(first: $first, where: $where, order: $order) { totalCount nodes { id name price } pageInfo { hasNextPage endCursor } } }";
        var queries = Queries("sameProducts");
        await BothAsync(page, Variables(Where(("price", "gte", 12m), ("name", "startsWith", "Product")), "price", "DESC", first: 5));
        Assert.Equal(1, queries.Rows.Count);
        Assert.Equal(1, queries.Count.Count);
        var shapes = queries.Rows.Count + queries.Count.Count;
        var runs = queries.Rows.Runs + queries.Count.Runs;
        _compiled.Compilations.Clear();

        foreach (var (price, prefix) in new[] { (25m, "Product 1"), (12m, "Product 2"), (30m, "Product 3"), (0m, "Product") })
        {
            _ordinary.Sql.Clear();
            _compiled.Sql.Clear();
            await BothAsync(page, Variables(Where(("price", "gte", price), ("name", "startsWith", prefix)), "price", "DESC", first: 5));
            Assert.Equal(_ordinary.Sql.Commands, _compiled.Sql.Commands);
        }

        Assert.Empty(_compiled.Compilations);
        Assert.Equal(shapes, queries.Rows.Count + queries.Count.Count);
        Assert.Equal(runs + 8, queries.Rows.Runs + queries.Count.Runs);
    }

    [Fact]
    public async Task OffsetPagesAndSingleObjectsSendTheSameStatementsAsTheOrdinaryPath()
    {
        const string pages = "query($skip: Int, $take: Int, $min: Decimal) { productPages(skip: $skip, take: $take, where: { price: { gte: $min } }, order: [{ name: DESC }]) { totalCount items { id name } pageInfo { hasNextPage hasPreviousPage } } }";
        const string single = "query($name: String!) { productByName(name: $name) { id name price } }";
        foreach (var (skip, take, min) in new[] { (0, 5, 10m), (5, 5, 10m), (10, 3, 20m), (40, 10, 0m) })
        {
            _ordinary.Sql.Clear();
            _compiled.Sql.Clear();
            await BothAsync(pages, new() { ["skip"] = skip, ["take"] = take, ["min"] = min });
            Assert.Equal(_ordinary.Sql.Commands, _compiled.Sql.Commands);
        }

        foreach (var name in new[] { "Product 07", "Product 42", "nothing" })
        {
            _ordinary.Sql.Clear();
            _compiled.Sql.Clear();
            await BothAsync(single, new() { ["name"] = name });
            Assert.Equal(_ordinary.Sql.Commands, _compiled.Sql.Commands);
        }
    }

    [Fact]
    public async Task CapturedValuesOfTheResolverAreParametersOfTheCompiledQuery()
    {
        const string query = "query($max: Decimal!) { cheaperThan(max: $max, first: 50) { totalCount nodes { id price } } }";
        try
        {
            foreach (var (max, minimum) in new[] { (30m, 0m), (20m, 0m), (40m, 25m), (30m, 0m) })
            {
                CompiledCatalogQuery.MinimumPrice = minimum;
                var text = await BothAsync(query, new() { ["max"] = max });
                var expected = CatalogSeed.Products.Count(p => p.Price < max && p.Price >= minimum);
                Assert.Contains($"\"totalCount\":{expected},", text, StringComparison.Ordinal);
            }
        }
        finally
        {
            CompiledCatalogQuery.MinimumPrice = 0m;
        }

        Assert.Equal(1, Queries("cheaperThan").Rows.Count);
        Assert.Equal(1, Queries("cheaperThan").Count.Count);
    }

    [Fact]
    public async Task AValueEfCoreEvaluatesPerExecutionIsNotFrozenInACompiledQuery()
    {
        const string query = "{ aboveThreshold(first: 50) { totalCount } }";
        try
        {
            foreach (var threshold in new[] { 20m, 30m, 0m })
            {
                CompiledCatalogQuery.MinimumPrice = threshold;
                var text = await BothAsync(query);
                Assert.Contains($"\"totalCount\":{CatalogSeed.Products.Count(p => p.Price > threshold)}", text, StringComparison.Ordinal);
            }
        }
        finally
        {
            CompiledCatalogQuery.MinimumPrice = 0m;
        }

        Assert.Equal(0, Queries("aboveThreshold").Rows.Count);
        Assert.Equal(0, Queries("aboveThreshold").Rows.Runs);
    }

    [Fact]
    public async Task ProviderFunctionsOverCapturedValuesCompileWithTheSameSql()
    {
        const string query = "query($pattern: String!) { namedLike(pattern: $pattern, first: 5) { totalCount nodes { id name } } }";
        foreach (var pattern in new[] { "product 1%", "%5", "PRODUCT 0_" })
        {
            _ordinary.Sql.Clear();
            _compiled.Sql.Clear();
            await BothAsync(query, new() { ["pattern"] = pattern });
            Assert.Equal(_ordinary.Sql.Commands, _compiled.Sql.Commands);
        }

        Assert.Equal(1, Queries("namedLike").Rows.Count);
        Assert.Equal(3, Queries("namedLike").Rows.Runs);
    }

    [Fact]
    public async Task AFieldWhoseShapesKeepFailingStillCompilesASupportedShapeLater()
    {
        const string query = "query($above: Boolean!) { maybeAboveThreshold(above: $above, first: 3) { nodes { id } } }";
        for (var i = 0; i < 6; i++) await BothAsync(query, new() { ["above"] = true });
        Assert.Equal(0, Queries("maybeAboveThreshold").Rows.Count);

        for (var i = 0; i < 70 && Queries("maybeAboveThreshold").Rows.Count == 0; i++) await BothAsync(query, new() { ["above"] = false });
        Assert.Equal(1, Queries("maybeAboveThreshold").Rows.Count);
    }

    private static string? EndCursor(string text, string property)
    {
        using var document = System.Text.Json.JsonDocument.Parse(text);
        var data = document.RootElement.GetProperty("data");
        foreach (var field in data.EnumerateObject())
        {
            var cursor = field.Value.GetProperty("pageInfo").GetProperty(property);
            return cursor.ValueKind == System.Text.Json.JsonValueKind.Null ? null : cursor.GetString();
        }

        return null;
    }
}
