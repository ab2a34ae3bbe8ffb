using GraphQL.Data.Filtering;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class ProductSearchFilter : FilterInputType<Product>
{
    protected override void Configure(IFilterInputTypeDescriptor<Product> descriptor) =>
        descriptor.Name("ProductSearch").BindFieldsExplicitly().Field(p => p.Name, "title").Field(p => p.Price).Ignore(p => p.Stock);
}

public sealed class CustomFilterQuery
{
    [UseFiltering(typeof(ProductSearchFilter))]
    public IQueryable<Product> GetProducts() => CatalogSeed.Products.AsQueryable();
}

public struct Dimensions
{
    public int Width { get; set; }
    public int Height { get; set; }
}

public sealed class Parcel
{
    public int Id { get; set; }
    public Dimensions Size { get; set; }
}

public sealed class UnfilterableQuery
{
    [UseFiltering]
    public IQueryable<Parcel> GetParcels() => Array.Empty<Parcel>().AsQueryable();
}

public sealed class FilterCustomisationTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection().AddGraphQL().AddQueryType<CustomFilterQuery>().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    [Fact]
    public void AFilterInputTypeRenamesTheTypeAndBindsOnlyTheNamedFieldsUnderTheirNames()
    {
        Assert.Equal(
            """
            input ProductSearch {
              and: [ProductSearch!]
              or: [ProductSearch!]
              title: StringOperationFilterInput
              price: DecimalOperationFilterInput
            }
            """,
            SchemaPrinter.PrintType(s_executor.Schema.GetType("ProductSearch")!));
        Assert.Null(s_executor.Schema.GetType("ProductFilterInput"));
    }

    [Fact]
    public async Task ARenamedFilterFieldFiltersTheMappedProperty()
    {
        var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ products(where: { title: { eq: \"Product 07\" } }) { id } }" });

        Assert.Equal("""{"data":{"products":[{"id":7}]}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task AFieldLeftOutOfTheFilterIsAValidationError()
    {
        var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ products(where: { stock: { eq: 1 } }) { id } }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Field \"stock\" is not defined by type \"ProductSearch\".", error.Message);
    }

    [Fact]
    public void APropertyWithoutFilterOperationsIsASchemaBuildErrorNamingIt()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<UnfilterableQuery>().Build());

        Assert.Contains(
            "The property \"Parcel.Size\" of type \"Dimensions\" cannot be filtered: no filter operations exist for \"Dimensions\"; leave it out with [GraphQLIgnore] or a FilterInputType.",
            error.Errors);
    }
}
