using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues (spec §6.1.2): values, defaults, nulls, lists, input objects, OneOf, and graphql-js's errors.</summary>
public sealed class VariableCoercionTests
{
    private const string Sdl = @"
        input Filter { name: String! limit: Int = 10 tags: [String!] }
        input Pick @oneOf { id: ID slug: String }
        type Query {
          echoInt(value: Int): String
          echoList(value: [Int]): String
          echoFilter(filter: Filter): String
          echoPick(pick: Pick!): String
        }";

    private static GraphQL.Execution.IRequestExecutor Executor() => Create(Sdl, o =>
    {
        foreach (var (field, argument) in new[] { ("echoInt", "value"), ("echoList", "value"), ("echoFilter", "filter"), ("echoPick", "pick") })
        {
            var name = argument;
            o.PureResolvers["Query"][field] = c => Describe(c.HasArgument(name) ? c.ArgumentValue<object?>(name) : "<absent>");
        }
    });

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => s,
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public async Task ProvidedValuesAreCoerced()
    {
        var json = await Executor().RunAsync(
            "query($v: Int, $f: Filter) { echoInt(value: $v) echoFilter(filter: $f) }",
            Vars(("v", 7), ("f", Obj(("name", "shirt"), ("tags", new List<object?> { "a", "b" })))));

        Assert.Equal(J("{'data':{'echoInt':'7','echoFilter':'{name:shirt,limit:10,tags:[a,b]}'}}"), json);
    }

    [Fact]
    public async Task VariableDefaultsApplyWhenTheVariableIsNotProvidedButNotWhenItIsNull()
    {
        var executor = Executor();
        const string query = "query($v: Int = 5) { echoInt(value: $v) }";

        Assert.Equal(J("{'data':{'echoInt':'5'}}"), await executor.RunAsync(query));
        Assert.Equal(J("{'data':{'echoInt':'null'}}"), await executor.RunAsync(query, Vars(("v", null))));
    }

    [Fact]
    public async Task AnOmittedNullableVariableLeavesTheArgumentAbsent()
    {
        Assert.Equal(J("{'data':{'echoInt':'<absent>'}}"), await Executor().RunAsync("query($v: Int) { echoInt(value: $v) }"));
    }

    [Fact]
    public async Task ASingleValueIsCoercedToAListOfOne()
    {
        Assert.Equal(J("{'data':{'echoList':'[3]'}}"), await Executor().RunAsync("query($v: [Int]) { echoList(value: $v) }", Vars(("v", 3))));
    }

    [Fact]
    public async Task ARequiredVariableThatIsNotProvidedIsARequestError()
    {
        var json = await Executor().RunAsync("query($v: Int!) { echoInt(value: $v) }");

        Assert.Equal(
            J("{'errors':[{'message':'Variable \\u0022$v\\u0022 of required type \\u0022Int!\\u0022 was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}").Replace("\\u0022", "\\\""),
            json);
    }

    [Fact]
    public async Task NullForANonNullVariableIsARequestError()
    {
        var result = await Executor().ExecuteAsync(new GraphQL.Execution.GraphQLRequest
        {
            Query = "query($v: Int!) { echoInt(value: $v) }",
            Variables = Vars(("v", null)),
        });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$v\" of non-null type \"Int!\" must not be null.", error.Message);
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task InvalidValuesInsideInputObjectsReportThePathAndEveryProblem()
    {
        var result = await Executor().ExecuteAsync(new GraphQL.Execution.GraphQLRequest
        {
            Query = "query($f: Filter) { echoFilter(filter: $f) }",
            Variables = Vars(("f", Obj(("limit", "ten"), ("nmae", "x")))),
        });

        Assert.Equal(
            new[]
            {
                "Variable \"$f\" got invalid value { limit: \"ten\", nmae: \"x\" }; Field \"name\" of required type \"String!\" was not provided.",
                "Variable \"$f\" got invalid value \"ten\" at \"f.limit\"; Int cannot represent non-integer value: \"ten\"",
                "Variable \"$f\" got invalid value { limit: \"ten\", nmae: \"x\" }; Field \"nmae\" is not defined by type \"Filter\". Did you mean \"name\"?",
            },
            result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task AListItemOfTheWrongTypeReportsItsIndex()
    {
        var result = await Executor().ExecuteAsync(new GraphQL.Execution.GraphQLRequest
        {
            Query = "query($v: [Int]) { echoList(value: $v) }",
            Variables = Vars(("v", new List<object?> { 1, "two" })),
        });

        Assert.Equal("Variable \"$v\" got invalid value \"two\" at \"v[1]\"; Int cannot represent non-integer value: \"two\"", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task OneOfInputObjectsAcceptExactlyOneNonNullField()
    {
        var executor = Executor();
        const string query = "query($p: Pick!) { echoPick(pick: $p) }";

        Assert.Equal(J("{'data':{'echoPick':'{slug:red-shirt}'}}"), await executor.RunAsync(query, Vars(("p", Obj(("slug", "red-shirt"))))));

        var two = await executor.ExecuteAsync(new GraphQL.Execution.GraphQLRequest { Query = query, Variables = Vars(("p", Obj(("id", "1"), ("slug", "x")))) });
        Assert.Equal("BAD_USER_INPUT", Assert.Single(two.Errors!).Code);
        Assert.StartsWith("Variable \"$p\" got invalid value { id: \"1\", slug: \"x\" }; ", two.Errors![0].Message);
    }
}
