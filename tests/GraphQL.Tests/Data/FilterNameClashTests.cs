using GraphQL.Data.Filtering;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class CheapProductFilter : FilterInputType<Product>
{
    protected override void Configure(IFilterInputTypeDescriptor<Product> descriptor) => descriptor.BindFieldsExplicitly().Field(p => p.Price);
}

public sealed class ClashingFilterQuery
{
    [UseFiltering]
    public IQueryable<Product> GetProducts() => CatalogSeed.Products.AsQueryable();

    [UseFiltering(typeof(CheapProductFilter))]
    public IQueryable<Product> GetCheapProducts() => CatalogSeed.Products.AsQueryable();
}

public sealed class SharedFilterQuery
{
    [UseFiltering(typeof(CheapProductFilter))]
    public IQueryable<Product> GetProducts() => CatalogSeed.Products.AsQueryable();

    [UseFiltering(typeof(CheapProductFilter))]
    public IQueryable<Product> GetCheapProducts() => CatalogSeed.Products.AsQueryable();
}

/// <summary>Filter input types are named by entity unless renamed: two different ones under one name are a build error.</summary>
public sealed class FilterNameClashTests
{
    [Fact]
    public void TwoDifferentFilterTypesWithOneNameAreASchemaBuildErrorNamingBoth()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<ClashingFilterQuery>().Build());

        Assert.Equal(
            [
                "The filter input types of \"GraphQL.Tests.Data.Product\" (default) and \"GraphQL.Tests.Data.CheapProductFilter\" are both named \"ProductFilterInput\": "
                + "give one of them its own name with descriptor.Name(\"...\") in its FilterInputType's Configure.",
            ],
            error.Errors);
    }

    [Fact]
    public void OneFilterTypeUsedByTwoFieldsIsOneInputType()
    {
        var schema = new ServiceCollection().AddGraphQL().AddQueryType<SharedFilterQuery>().Services
            .BuildServiceProvider().GetRequiredService<IRequestExecutor>().Schema;

        Assert.Equal(
            """
            input ProductFilterInput {
              and: [ProductFilterInput!]
              or: [ProductFilterInput!]
              price: DecimalOperationFilterInput
            }
            """,
            SchemaPrinter.PrintType(schema.GetType("ProductFilterInput")!));
    }
}
