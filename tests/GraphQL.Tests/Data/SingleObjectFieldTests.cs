using GraphQL.Data;
using GraphQL.Data.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class SingleObjectQuery
{
    [UseFirstOrDefault, UseProjection]
    public IQueryable<Product> GetProductById(int id, CatalogDbContext db) => db.Products.Where(p => p.Id == id);

    [UseSingleOrDefault]
    public IQueryable<Brand> GetBrandBySlug(string slug, CatalogDbContext db) => db.Brands.Where(b => b.Slug.StartsWith(slug));
}

public sealed class SingleObjectFieldTests(SingleObjectFieldTests.Host host) : IClassFixture<SingleObjectFieldTests.Host>
{
    public sealed class Host : DataTestHost
    {
        protected override void Configure(IServiceCollection services)
        {
            services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
            services.AddGraphQL().AddQueryType<SingleObjectQuery>();
        }
    }

    [Fact]
    public void TheFieldTypeIsTheNullableElementType()
    {
        Assert.Equal("Product", host.Executor.Schema.QueryType!.Fields["productById"]!.Type.ToString());
        Assert.Equal("Brand", host.Executor.Schema.QueryType!.Fields["brandBySlug"]!.Type.ToString());
    }

    [Fact]
    public async Task FirstOrDefaultReadsOneRowWithOnlyTheSelectedColumns()
    {
        host.Sql.Clear();

        var response = await host.ExecuteTextAsync("{ productById(id: 7) { name price } }");

        Assert.Equal("""{"data":{"productById":{"name":"Product 07","price":10.99}}}""", response);
        var sql = Assert.Single(host.Sql.Commands);
        Assert.Contains("LIMIT", sql);
        Assert.DoesNotContain("description", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FirstOrDefaultIsNullWhenNothingMatches()
    {
        Assert.Equal("""{"data":{"productById":null}}""", await host.ExecuteTextAsync("{ productById(id: 999) { name } }"));
    }

    [Fact]
    public async Task SingleOrDefaultReturnsTheOnlyMatch()
    {
        Assert.Equal("""{"data":{"brandBySlug":{"name":"Bolt"}}}""", await host.ExecuteTextAsync("{ brandBySlug(slug: \"bo\") { name } }"));
    }

    [Fact]
    public async Task SingleOrDefaultWithMoreThanOneMatchIsAFieldError()
    {
        var response = await host.ExecuteTextAsync("{ brandBySlug(slug: \"\") { name } }");

        Assert.Equal(
            """{"errors":[{"message":"The field matched more than one element, but it returns at most one.","locations":[{"line":1,"column":3}],"path":["brandBySlug"],"extensions":{"code":"SINGLE_MORE_THAN_ONE"}}],"data":{"brandBySlug":null}}""",
            response);
    }
}
