using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>CompleteValue for interfaces and unions (spec §6.4.3 ResolveAbstractType).</summary>
public sealed class AbstractTypeTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private const string Sdl = @"
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Animal = Dog | Cat
        type Query { pets: [Pet] animals: [Animal] }";

    private const string Query = "{ pets { __typename name ... on Dog { barks } } animals { ... on Cat { meows } ... on Dog { name } } }";

    [Fact]
    public async Task ResolveTypeDecidesTheRuntimeType()
    {
        ObjectType? Resolve(IResolverContext c, object value) =>
            c.Schema.GetType(value is Dog ? "Dog" : "Cat") as ObjectType;

        var executor = Create(Sdl, o =>
        {
            o.PureResolvers["Query"]["pets"] = _ => new object[] { new Dog("Rex", true), new Cat("Tom", false) };
            o.PureResolvers["Query"]["animals"] = _ => new object[] { new Cat("Tom", true), new Dog("Rex", true) };
            o.TypeResolvers["Pet"] = Resolve;
            o.TypeResolvers["Animal"] = Resolve;
        });

        Assert.Equal(
            J("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom'}],'animals':[{'meows':true},{'name':'Rex'}]}}"),
            await executor.RunAsync(Query));
    }

    [Fact]
    public async Task IsOfTypeOfThePossibleTypesDecidesWhenThereIsNoResolveType()
    {
        var executor = Create(Sdl, o =>
        {
            o.PureResolvers["Query"]["pets"] = c =>
            {
                ((ObjectType)c.Schema.GetType("Dog")!).IsOfType = (_, v) => v is Dog;
                ((ObjectType)c.Schema.GetType("Cat")!).IsOfType = (_, v) => v is Cat;
                return new object[] { new Cat("Tom", true), new Dog("Rex", true) };
            };
        });

        Assert.Equal(
            J("{'data':{'pets':[{'__typename':'Cat','name':'Tom'},{'__typename':'Dog','name':'Rex','barks':true}]}}"),
            await executor.RunAsync("{ pets { __typename name ... on Dog { barks } } }"));
    }

    [Fact]
    public async Task AValueNoTypeClaimsIsAFieldError()
    {
        var executor = Create(Sdl, o => o.PureResolvers["Query"]["pets"] = _ => new object[] { "neither" });

        var result = await executor.ExecuteAsync(new GraphQL.Execution.GraphQLRequest { Query = "{ pets { name } }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            error.Message);
        Assert.Equal(new object[] { "pets", 0 }, error.Path);
    }

    [Fact]
    public async Task AResolvedTypeThatIsNotAPossibleTypeIsAFieldError()
    {
        var executor = Create(Sdl + " type Fish { name: String } extend type Query { fish: Fish }", o =>
        {
            o.PureResolvers["Query"]["pets"] = _ => new object[] { "fish" };
            o.TypeResolvers["Pet"] = (c, _) => c.Schema.GetType("Fish") as ObjectType;
        });

        var result = await executor.ExecuteAsync(new GraphQL.Execution.GraphQLRequest { Query = "{ pets { name } }" });

        Assert.Equal("Runtime Object type \"Fish\" is not a possible type for \"Pet\".", Assert.Single(result.Errors!).Message);
        Assert.Equal(J("{'pets':[null]}"), System.Text.Json.JsonSerializer.Serialize(result.Data));
    }
}
