using GraphQL.Data.Sorting;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class ProductShelfSort : SortInputType<Product>
{
    protected override void Configure(ISortInputTypeDescriptor<Product> descriptor) =>
        descriptor.Name("ProductShelfSort").BindFieldsExplicitly().Field(p => p.Name, "title").Field(p => p.Price).Ignore(p => p.Stock);
}

public sealed class BrandSortWithoutSlug : SortInputType<Brand>
{
    protected override void Configure(ISortInputTypeDescriptor<Brand> descriptor) => descriptor.Ignore(b => b.Slug);
}

public sealed class CustomSortQuery
{
    [UseSorting(typeof(ProductShelfSort))]
    public IQueryable<Product> GetProducts() => CatalogSeed.Products.Where(p => p.Id <= 4).AsQueryable();

    [UseSorting(typeof(BrandSortWithoutSlug))]
    public IQueryable<Brand> GetBrands() => Array.Empty<Brand>().AsQueryable();
}

public sealed class MismatchedSortQuery
{
    [UseSorting(typeof(ProductShelfSort))]
    public IQueryable<Brand> GetBrands() => Array.Empty<Brand>().AsQueryable();
}

public sealed class SortCustomisationTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection().AddGraphQL().AddQueryType<CustomSortQuery>().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    [Fact]
    public void ASortInputTypeRenamesTheTypeAndBindsOnlyTheNamedFieldsUnderTheirNames()
    {
        Assert.Equal(
            """
            input ProductShelfSort {
              title: SortEnumType
              price: SortEnumType
            }
            """,
            SchemaPrinter.PrintType(s_executor.Schema.GetType("ProductShelfSort")!));
        Assert.Null(s_executor.Schema.GetType("ProductSortInput"));
    }

    [Fact]
    public void AnIgnoredPropertyIsLeftOutOfAnImplicitlyBoundSortInput()
    {
        Assert.Equal(
            """
            input BrandSortInput {
              id: SortEnumType
              name: SortEnumType
            }
            """,
            SchemaPrinter.PrintType(s_executor.Schema.GetType("BrandSortInput")!));
    }

    [Fact]
    public async Task ARenamedSortFieldOrdersByTheMappedProperty()
    {
        var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ products(order: [{ title: DESC }]) { id } }" });

        Assert.Equal("""{"data":{"products":[{"id":4},{"id":3},{"id":2},{"id":1}]}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task AFieldLeftOutOfTheSortInputIsAValidationError()
    {
        var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ products(order: [{ stock: ASC }]) { id } }" });

        Assert.Equal("Field \"stock\" is not defined by type \"ProductShelfSort\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void ASortInputTypeOfAnotherEntityIsASchemaBuildErrorNamingIt()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<MismatchedSortQuery>().Build());

        Assert.Contains("[UseSorting] on \"MismatchedSortQuery.GetBrands\" names \"ProductShelfSort\", which is not a SortInputType<Brand>.", error.Errors);
    }
}
