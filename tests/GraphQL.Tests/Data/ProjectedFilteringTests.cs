using GraphQL.Data.Filtering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

[GraphQLName("BrandCard")]
public sealed class BrandCard
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
}

[GraphQLName("VariantCard")]
public sealed class VariantCard
{
    public int Id { get; init; }
    public string Size { get; init; } = "";
}

/// <summary>A read model projected in SQL (<c>new ProductCard { Brand = new BrandCard { … } }</c>), as apps expose instead of entities.</summary>
[GraphQLName("ProductCard")]
public sealed class ProductCard
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public BrandCard Brand { get; init; } = null!;
    public List<VariantCard> Variants { get; init; } = [];
}

public sealed class ProductCardQuery
{
    [UseFiltering]
    public IQueryable<ProductCard> GetCards(CatalogDbContext db) => db.Products.OrderBy(p => p.Id).Select(p => new ProductCard
    {
        Id = p.Id,
        Name = p.Name,
        Brand = new BrandCard { Id = p.Brand.Id, Name = p.Brand.Name },
        Variants = p.Variants.Select(v => new VariantCard { Id = v.Id, Size = v.Size }).ToList(),
    });

    [UseFiltering]
    public IQueryable<ProductCard> GetCardsInMemory() => new[]
    {
        new ProductCard { Id = 1, Name = "With brand", Brand = new BrandCard { Id = 1, Name = "Acme" } },
        new ProductCard { Id = 2, Name = "Without brand", Brand = null! },
    }.AsQueryable();
}

public sealed class ProjectedFilteringTests(ProjectedFilteringTests.Host host) : IClassFixture<ProjectedFilteringTests.Host>
{
    public sealed class Host : DataTestHost
    {
        protected override void Configure(IServiceCollection services)
        {
            services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
            services.AddGraphQL().AddQueryType<ProductCardQuery>();
        }
    }

    [Fact]
    public async Task ANestedObjectFilterOverAProjectedTypeTranslatesToSqlWithoutANullTest()
    {
        var response = await host.ExecuteTextAsync("{ cards(where: { brand: { name: { eq: \"Bolt\" } }, id: { lt: 12 } }) { id } }");

        Assert.Equal("""{"data":{"cards":[{"id":1},{"id":6},{"id":11}]}}""", response);
    }

    [Fact]
    public async Task AListFilterOverProjectedElementsTranslatesToSqlWithoutANullTest()
    {
        var response = await host.ExecuteTextAsync("{ cards(where: { variants: { some: { size: { eq: \"L\" } } }, id: { lt: 7 } }) { id } }");

        Assert.Equal("""{"data":{"cards":[{"id":2},{"id":5}]}}""", response);
    }

    [Fact]
    public async Task InMemoryANullNestedObjectDoesNotMatchInsteadOfThrowing()
    {
        var response = await host.ExecuteTextAsync("{ cardsInMemory(where: { brand: { name: { eq: \"Acme\" } } }) { id } }");

        Assert.Equal("""{"data":{"cardsInMemory":[{"id":1}]}}""", response);
    }
}
