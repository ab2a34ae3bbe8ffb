using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

/// <summary>
/// Scalar properties of a type's own class are read from the parent without a resolver context
/// (<see cref="FieldDefinition.ParentResolver"/>); nulls, failures and wrapped resolvers must behave as on the
/// general path (spec §6.4.4 handling field errors).
/// </summary>
public sealed class PropertyLeafTests
{
    public readonly struct Size(string label, int order)
    {
        public string Label { get; } = label;
        public int Order { get; } = order;
    }

    public sealed class Row(string? name, int count, decimal? price)
    {
        public string? Name { get; } = name;
        public int Count { get; } = count;
        public decimal? Price { get; } = price;
        public string Code => Name is null ? null! : Name.ToUpperInvariant() + "-" + Count;
        public bool InStock => Count > 0;
        public string? Broken => throw new InvalidOperationException("The row cannot tell.");
        public Size Size => new("M", Count);
    }

    [ExtendObjectType(typeof(Row))]
    public sealed class RowExtensions
    {
        public string Upper([Parent] Row row) => row.Name?.ToUpperInvariant() ?? "";
    }

    public sealed class Query
    {
        public Row[] GetRows() => [new Row("a", 1, 9.90m), new Row(null, 0, null), new Row("c", 2000, 12m)];

        public Row?[]? GetLooseRows() => GetRows();
    }

    private static IServiceProvider Build(Action<IGraphQLBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddGraphQL().AddQueryType<Query>().AddTypeExtension<RowExtensions>();
        configure?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    private static async Task<string> RunAsync(IServiceProvider services, string query)
    {
        var result = await services.GetRequiredService<IRequestExecutor>().ExecuteAsync(new GraphQLRequest { Query = query });
        return ExecutionResultWriter.ToJson(result);
    }

    [Fact]
    public void OwnInstancePropertiesReadTheParentAloneAndOthersDoNot()
    {
        var schema = Build().GetRequiredService<IRequestExecutor>().Schema;
        var row = (ObjectType)schema.GetType("Row")!;

        Assert.NotNull(row.Fields["name"]!.ParentResolver);
        Assert.NotNull(row.Fields["count"]!.ParentResolver);
        Assert.NotNull(row.Fields["size"]!.ParentResolver);
        Assert.Null(row.Fields["upper"]!.ParentResolver); // a resolver class's method
        Assert.Equal(3, row.Fields["count"]!.ParentResolver!(new Row("x", 3, null)));
    }

    [Fact]
    public async Task ValuesNullsAndFailuresMatchTheGeneralPath()
    {
        var json = await RunAsync(Build(), "{ rows { name count price inStock broken upper size { label order } } }");

        Assert.Equal(
            """
            {"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":35}],"path":["rows",0,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":35}],"path":["rows",1,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":35}],"path":["rows",2,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"rows":[{"name":"a","count":1,"price":9.90,"inStock":true,"broken":null,"upper":"A","size":{"label":"M","order":1}},{"name":null,"count":0,"price":null,"inStock":false,"broken":null,"upper":"","size":{"label":"M","order":0}},{"name":"c","count":2000,"price":12,"inStock":true,"broken":null,"upper":"C","size":{"label":"M","order":2000}}]}}
            """,
            json);
    }

    [Fact]
    public async Task ANullInANonNullPropertyNullsItsObject()
    {
        var json = await RunAsync(Build(), "{ looseRows { code count } }");

        Assert.Equal(
            """
            {"errors":[{"message":"Cannot return null for non-nullable field Row.code.","locations":[{"line":1,"column":15}],"path":["looseRows",1,"code"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"looseRows":[{"code":"A-1","count":1},null,{"code":"C-2000","count":2000}]}}
            """,
            json);
    }

    public sealed class Variant(decimal price)
    {
        public decimal Price { get; } = price;
    }

    public sealed class PriceQuery
    {
        public Variant[] GetVariants() => [new(9.9m), new(9.90m), new(9.90m), new(9.9m), new(-0.0m), new(0m), new(12m), new(12m)];
    }

    [Fact]
    public async Task RepeatedDecimalsAreWrittenWithTheirOwnScale()
    {
        // Boxes and written text are reused for the same bits only: 9.9 and 9.90 are equal but print differently.
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<PriceQuery>();

        var json = await RunAsync(services.BuildServiceProvider(), "{ variants { price } }");

        Assert.Equal(
            """{"data":{"variants":[{"price":9.9},{"price":9.90},{"price":9.90},{"price":9.9},{"price":0.0},{"price":0},{"price":12},{"price":12}]}}""",
            json);
    }

    [Fact]
    public void AssigningAResolverDropsTheParentRead()
    {
        var field = new FieldDefinition("name", new NonNullType(BuiltInScalars.String));
        field.SetPureResolver(c => "pure", parent => "parent");
        Assert.NotNull(field.ParentResolver);

        field.PureResolver = c => "wrapped";
        Assert.Null(field.ParentResolver);

        field.SetPureResolver(c => "pure", parent => "parent");
        field.Resolver = c => new ValueTask<object?>("async");
        Assert.Null(field.ParentResolver);
    }

    [Fact]
    public async Task AWrappedPropertyRunsItsWrapper()
    {
        // A transform that wraps the resolver (what authorization does) must not be bypassed by the parent read.
        var services = Build(b => GraphQL.Conventions.SchemaTransforms.Add(b, "test", (_, schema) =>
        {
            var name = ((ObjectType)schema.GetType("Row")!).Fields["name"]!;
            GraphQL.Conventions.SchemaTransforms.Wrap(name, inner => async context => "[" + await inner(context) + "]");
            return schema;
        }));

        var json = await RunAsync(services, "{ rows { name } }");

        Assert.Equal("""{"data":{"rows":[{"name":"[a]"},{"name":"[]"},{"name":"[c]"}]}}""", json);
    }
}
