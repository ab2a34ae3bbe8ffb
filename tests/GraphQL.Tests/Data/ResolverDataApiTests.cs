using GraphQL.Data;
using GraphQL.Data.Filtering;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class PricedProductFilter : FilterInputType<Product>
{
    protected override void Configure(IFilterInputTypeDescriptor<Product> descriptor) =>
        descriptor.Name("PricedProductFilterInput").BindFieldsExplicitly().Field(p => p.Price).Field(p => p.Brand);
}

public sealed class ProductStats
{
    public int Count { get; init; }
    public decimal MaxPrice { get; init; }
}

public sealed class ResolverDataQuery
{
    [UseFiltering(typeof(PricedProductFilter))]
    public IQueryable<Product> GetPriced(CatalogDbContext db) => db.Products.OrderBy(p => p.Id);

    /// <summary>Aggregates over the same rows <c>priced(where:)</c> lists, with the same input type.</summary>
    [UseFiltering(typeof(PricedProductFilter))]
    public async Task<ProductStats> GetPricedStats(CatalogDbContext db, IResolverContext context, CancellationToken ct)
    {
        var products = db.Products.Filter(context);
        return new ProductStats { Count = await products.CountAsync(ct), MaxPrice = await products.MaxAsync(p => p.Price, ct) };
    }

    [UseSorting]
    public IQueryable<Product> GetTopThree(CatalogDbContext db, IResolverContext context) => db.Products.Sort(context).Take(3);

    public Task<List<Product>> GetProjected(CatalogDbContext db, IResolverContext context, CancellationToken ct) =>
        db.Products.Where(p => p.Id <= 2).OrderBy(p => p.Id).Project(context).ToListAsync(ct);

    public int GetUnfiltered(CatalogDbContext db, IResolverContext context) => db.Products.Filter(context).Count();
}

public sealed class ResolverDataApiTests(ResolverDataApiTests.Host host) : IClassFixture<ResolverDataApiTests.Host>
{
    public sealed class Host : DataTestHost
    {
        protected override void Configure(IServiceCollection services)
        {
            services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
            services.AddGraphQL().AddQueryType<ResolverDataQuery>().ModifyOptions(o => o.IncludeExceptionDetails = true);
        }
    }

    [Fact]
    public void AFieldReturningSomethingElseSharesTheListFieldsFilterInputType()
    {
        var query = host.Executor.Schema.QueryType!;

        Assert.Equal("PricedProductFilterInput", query.Fields["pricedStats"]!.GetArgument("where")!.Type.ToString());
        Assert.Equal("PricedProductFilterInput", query.Fields["priced"]!.GetArgument("where")!.Type.ToString());
        Assert.Equal("ProductStats!", query.Fields["pricedStats"]!.Type.ToString());
    }

    [Fact]
    public async Task FilterInAResolverAppliesTheFieldsWhereArgument()
    {
        const string where = "where: { brand: { name: { eq: \"Bolt\" } }, price: { lt: 30 } }";

        var stats = await host.ExecuteTextAsync($"{{ pricedStats({where}) {{ count maxPrice }} }}");
        var rows = await host.ExecuteTextAsync($"{{ priced({where}) {{ price }} }}");

        Assert.Equal("""{"data":{"pricedStats":{"count":7,"maxPrice":25.99}}}""", stats);
        Assert.Equal(
            """{"data":{"priced":[{"price":15.99},{"price":20.99},{"price":10.99},{"price":25.99},{"price":15.99},{"price":20.99},{"price":10.99}]}}""",
            rows);
    }

    [Fact]
    public async Task SortInAResolverOrdersBeforeTheResolversOwnOperators()
    {
        var response = await host.ExecuteTextAsync("{ topThree(order: [{ price: DESC }]) { id price } }");

        Assert.Equal("""{"data":{"topThree":[{"id":6,"price":40.99},{"id":13,"price":40.99},{"id":20,"price":40.99}]}}""", response);
    }

    [Fact]
    public async Task ProjectInAResolverReadsOnlyTheSelectedColumns()
    {
        host.Sql.Clear();

        var response = await host.ExecuteTextAsync("{ projected { name } }");

        Assert.Equal("""{"data":{"projected":[{"name":"Product 01"},{"name":"Product 02"}]}}""", response);
        var sql = Assert.Single(host.Sql.Commands);
        Assert.DoesNotContain("description", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FilterOnAFieldWithoutUseFilteringIsAnErrorNamingTheAttribute()
    {
        var response = await host.ExecuteAsync("{ unfiltered }");

        Assert.Equal(
            "The field \"Query.unfiltered\" has no \"where\" argument of [UseFiltering]; add [UseFiltering] to it.",
            response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception").GetProperty("message").GetString());
    }
}
