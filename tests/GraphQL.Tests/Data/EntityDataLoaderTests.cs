using System.Linq.Expressions;
using GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class BrandByIdLoader : ByKeyDataLoader<int, Brand>
{
    public BrandByIdLoader(IDbContextFactory<CatalogDbContext> db) : base(db.CreateDbContext) { }
}

public sealed class VariantsByProductLoader : GroupedByForeignKeyDataLoader<int, Variant>
{
    public VariantsByProductLoader(IDbContextFactory<CatalogDbContext> db) : base(db.CreateDbContext) { }

    protected override Expression<Func<Variant, int>> ForeignKey => v => v.ProductId;

    protected override IQueryable<Variant> Query(DbContext context) => base.Query(context).OrderBy(v => v.Id);
}

public sealed class LoaderQuery
{
    public IQueryable<Product> GetFirstProducts(int count, CatalogDbContext db) => db.Products.OrderBy(p => p.Id).Take(count);
}

[ExtendObjectType(typeof(Product))]
public sealed class ProductLoaderFields
{
    public Task<Brand> GetBrand(Product product, BrandByIdLoader brands, CancellationToken cancellationToken) =>
        brands.LoadAsync(product.BrandId, cancellationToken);

    public Task<Variant[]> GetVariants(Product product, VariantsByProductLoader variants, CancellationToken cancellationToken) =>
        variants.LoadAsync(product.Id, cancellationToken);
}

public sealed class LoaderHost : DataTestHost
{
    protected override void Configure(IServiceCollection services)
    {
        services.AddDbContextFactory<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
        services.AddGraphQL()
            .AddQueryType<LoaderQuery>()
            .AddTypeExtension<ProductLoaderFields>()
            .AddDataLoader<BrandByIdLoader>()
            .AddDataLoader<VariantsByProductLoader>()
            .RegisterDbContextFactory<CatalogDbContext>();
    }
}

public sealed class EntityDataLoaderTests : IClassFixture<LoaderHost>
{
    private readonly LoaderHost _host;

    public EntityDataLoaderTests(LoaderHost host) => _host = host;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task BrandsAndVariantsOfManyProductsLoadInOneStatementEach(int count)
    {
        _host.Sql.Clear();

        var response = await _host.ExecuteAsync("{ firstProducts(count: " + count + ") { id brand { name } variants { id size } } }");

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var products = response.GetProperty("data").GetProperty("firstProducts").EnumerateArray().ToArray();
        Assert.Equal(count, products.Length);
        foreach (var product in products)
        {
            var seeded = CatalogSeed.Products[product.GetProperty("id").GetInt32() - 1];
            Assert.Equal(CatalogSeed.BrandNames[seeded.BrandId - 1], product.GetProperty("brand").GetProperty("name").GetString());
            Assert.Equal(seeded.Variants.Select(v => v.Id), product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("id").GetInt32()));
        }

        Assert.Equal(3, _host.Sql.Commands.Count);
        Assert.Contains(_host.Sql.Commands, c => c.Contains("= ANY (@", StringComparison.Ordinal) && c.Contains("\"Brands\"", StringComparison.Ordinal));
        Assert.Contains(_host.Sql.Commands, c => c.Contains("\"ProductId\" = ANY (@", StringComparison.Ordinal));
    }
}
