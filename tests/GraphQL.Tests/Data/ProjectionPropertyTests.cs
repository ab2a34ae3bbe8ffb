using GraphQL.Data.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

[GraphQLName("SizedProduct")]
public sealed class SizedProduct
{
    public int Id { get; init; }
    public string Name { get; init; } = "";

    /// <summary>Read whatever the selection, for a resolver below that needs it.</summary>
    [IsProjected(true)]
    public string? Description { get; init; }

    /// <summary>Never read: the client gets the default.</summary>
    [IsProjected(false)]
    public int Stock { get; init; }

    public List<string> Sizes { get; init; } = [];
}

public sealed class SizedProductQuery
{
    [UseProjection]
    public IQueryable<SizedProduct> GetSized(CatalogDbContext db) => db.Products.Where(p => p.Id <= 3).OrderBy(p => p.Id).Select(p => new SizedProduct
    {
        Id = p.Id,
        Name = p.Name,
        Description = p.Description,
        Stock = p.Stock,
        Sizes = p.Variants.Select(v => v.Size).ToList(),
    });
}

public sealed class ProjectionPropertyTests(ProjectionPropertyTests.Host host) : IClassFixture<ProjectionPropertyTests.Host>
{
    public sealed class Host : DataTestHost
    {
        protected override void Configure(IServiceCollection services)
        {
            services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
            services.AddGraphQL().AddQueryType<SizedProductQuery>();
        }
    }

    [Fact]
    public async Task AListOfScalarsIsProjectedInTheSameStatement()
    {
        host.Sql.Clear();

        var response = await host.ExecuteTextAsync("{ sized { sizes } }");

        Assert.Equal("""{"data":{"sized":[{"sizes":["S","M"]},{"sizes":["S","M","L"]},{"sizes":["S"]}]}}""", response);
        var sql = Assert.Single(host.Sql.Commands);
        Assert.Contains("\"Size\"", sql);
        Assert.DoesNotContain("\"Name\"", sql);
    }

    [Fact]
    public async Task APropertyMarkedIsProjectedTrueIsReadWhenNotSelected()
    {
        host.Sql.Clear();

        await host.ExecuteTextAsync("{ sized { name } }");

        Assert.Contains("\"Description\"", Assert.Single(host.Sql.Commands));
    }

    [Fact]
    public async Task APropertyMarkedIsProjectedFalseIsNeverRead()
    {
        host.Sql.Clear();

        var response = await host.ExecuteTextAsync("{ sized { id stock } }");

        Assert.Equal("""{"data":{"sized":[{"id":1,"stock":0},{"id":2,"stock":0},{"id":3,"stock":0}]}}""", response);
        Assert.DoesNotContain("\"Stock\"", Assert.Single(host.Sql.Commands));
    }
}
