using System.Collections.Concurrent;
using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class PerFieldContextQuery
{
    [UsePaging, UseFiltering, UseSorting]
    public IQueryable<Product> GetProducts(CatalogDbContext db) => db.Products;

    [UseSorting]
    public IQueryable<Brand> GetBrands(CatalogDbContext db) => db.Brands;

    /// <summary>No data middleware: the query is returned bare and must still be read before the context goes.</summary>
    public IQueryable<Brand> GetPlainBrands(CatalogDbContext db) => db.Brands.OrderBy(b => b.Id);

    public async Task<int> CountVariants(CatalogDbContext db) => await db.Variants.CountAsync();
}

/// <summary>Hands out contexts and keeps them, so tests can count them and see that each was disposed.</summary>
public sealed class CountingContextFactory : IDbContextFactory<CatalogDbContext>
{
    private readonly DbContextOptions<CatalogDbContext> _options;

    public CountingContextFactory(DbContextOptions<CatalogDbContext> options) => _options = options;

    public ConcurrentQueue<CatalogDbContext> Created { get; } = new();

    public CatalogDbContext CreateDbContext()
    {
        var context = new CatalogDbContext(_options);
        Created.Enqueue(context);
        return context;
    }

    public static bool IsDisposed(DbContext context)
    {
        try
        {
            _ = context.ChangeTracker;
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }
}

public sealed class PerFieldContextHost : DataTestHost
{
    public CountingContextFactory Factory { get; private set; } = null!;

    protected override void Configure(IServiceCollection services)
    {
        Factory = new CountingContextFactory(Options);
        services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
        services.AddSingleton<IDbContextFactory<CatalogDbContext>>(Factory);
        services.AddGraphQL().AddQueryType<PerFieldContextQuery>().RegisterDbContextFactory<CatalogDbContext>();
    }
}

public sealed class DbContextPerFieldTests : IClassFixture<PerFieldContextHost>
{
    private const string SiblingFields =
        "{ a: products(first: 5, order: [{ price: DESC }]) { nodes { id } } b: brands(order: [{ name: DESC }]) { name } c: products(first: 2, where: { stock: { gte: 10 } }) { nodes { name } } d: plainBrands { slug } e: countVariants }";

    private readonly PerFieldContextHost _host;
    public DbContextPerFieldTests(PerFieldContextHost host) => _host = host;

    [Fact]
    public async Task SiblingRootFieldsOnOneContextTypeRunWithoutEfConcurrencyErrors()
    {
        var response = await _host.ExecuteAsync(SiblingFields);

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var data = response.GetProperty("data");
        Assert.Equal(5, data.GetProperty("a").GetProperty("nodes").GetArrayLength());
        Assert.Equal("Echo", data.GetProperty("b")[0].GetProperty("name").GetString());
        Assert.Equal(2, data.GetProperty("c").GetProperty("nodes").GetArrayLength());
        Assert.Equal(new[] { "acme", "bolt", "cobalt", "dune", "echo" }, data.GetProperty("d").EnumerateArray().Select(b => b.GetProperty("slug").GetString()));
        Assert.Equal(CatalogSeed.Products.Sum(p => p.Variants.Count), data.GetProperty("e").GetInt32());
    }

    [Fact]
    public async Task EachFieldGetsItsOwnContextAndEveryContextIsDisposed()
    {
        while (_host.Factory.Created.TryDequeue(out _)) { }

        await _host.ExecuteAsync(SiblingFields);

        var created = _host.Factory.Created.ToArray();
        Assert.Equal(5, created.Length);
        Assert.Equal(5, created.Distinct().Count());
        Assert.All(created, c => Assert.True(CountingContextFactory.IsDisposed(c)));
    }

    [Fact]
    public async Task AFieldsContextScopeEndsWhenTheFieldsMiddlewareReturnsWithoutBeingCleared()
    {
        // FieldDbContextScope.Open is not undone by hand: it relies on an async method restoring its
        // caller's execution context, whether the field completes synchronously or after a yield.
        var services = new ServiceCollection().BuildServiceProvider();

        async ValueTask<bool> FieldAsync(bool yields)
        {
            var scope = GraphQL.Data.DbContexts.FieldDbContextScope<CatalogDbContext>.Open(services);
            if (yields) await Task.Yield();
            return ReferenceEquals(GraphQL.Data.DbContexts.FieldDbContextScope<CatalogDbContext>.Current, scope);
        }

        Assert.True(await FieldAsync(yields: false));
        Assert.Null(GraphQL.Data.DbContexts.FieldDbContextScope<CatalogDbContext>.Current);
        Assert.True(await FieldAsync(yields: true));
        Assert.Null(GraphQL.Data.DbContexts.FieldDbContextScope<CatalogDbContext>.Current);
    }
}
