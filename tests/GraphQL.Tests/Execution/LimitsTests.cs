using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Depth, field count and cost limits reject an operation before any resolver runs.</summary>
public sealed class LimitsTests
{
    private const string Sdl = "type Query { node: Node nodes(first: Int): [Node] } type Node { id: Int child: Node children(first: Int): [Node] }";

    private sealed class Counter
    {
        public int Calls;
    }

    private static IRequestExecutor Executor(Counter counter, Action<GraphQLExecutionOptions> options) => Create(
        Sdl,
        o =>
        {
            o.PureResolvers["Query"]["node"] = _ => Interlocked.Increment(ref counter.Calls) is var n ? Obj(("id", n)) : null;
            o.PureResolvers["Query"]["nodes"] = _ => Interlocked.Increment(ref counter.Calls) is var _ ? Array.Empty<object>() : null;
        },
        options);

    [Fact]
    public async Task ATooDeepOperationIsRejectedBeforeAnyResolverRuns()
    {
        var counter = new Counter();
        var executor = Executor(counter, o => o.MaxDepth = 3);

        var json = await executor.RunAsync("{ node { child { child { id } } } }");

        Assert.Equal(
            J("{'errors':[{'message':'The operation has a depth of 4, which exceeds the maximum allowed depth of 3.','locations':[{'line':1,'column':1}],'extensions':{'code':'MAX_DEPTH_EXCEEDED'}}]}"),
            json);
        Assert.Equal(0, counter.Calls);
        Assert.Equal(J("{'data':{'node':{'child':null}}}"), await executor.RunAsync("{ node { child { id } } }"));
    }

    [Fact]
    public async Task DepthCountsThroughFragments()
    {
        var counter = new Counter();
        var executor = Executor(counter, o => o.MaxDepth = 2);

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ node { ...F } } fragment F on Node { child { id } }" });

        Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(result.Errors!).Code);
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public async Task ListFieldsMultiplyTheCostOfTheirSelectionByTheirPageSize()
    {
        var counter = new Counter();
        var executor = Executor(counter, o => o.MaxCost = 100);

        // nodes(first: 10) costs 1; each of its 10 items costs id 1 + children 1 + 5 children x id 1 = 7: total 71.
        Assert.Equal(J("{'data':{'nodes':[]}}"), await executor.RunAsync("{ nodes(first: 10) { id children(first: 5) { id } } }"));

        var json = await executor.RunAsync("{ nodes(first: 20) { id children(first: 5) { id } } }");
        Assert.Equal(
            J("{'errors':[{'message':'The operation has a cost of 141, which exceeds the maximum allowed cost of 100.','locations':[{'line':1,'column':1}],'extensions':{'code':'MAX_COST_EXCEEDED'}}]}"),
            json);
        Assert.Equal(1, counter.Calls);
    }

    [Fact]
    public async Task APageSizeGivenAsAVariableCountsWithItsValue()
    {
        var counter = new Counter();
        var executor = Executor(counter, o => o.MaxCost = 100);
        const string query = "query($n: Int) { nodes(first: $n) { id } }";

        Assert.Equal(J("{'data':{'nodes':[]}}"), await executor.RunAsync(query, Vars(("n", 50))));
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = Vars(("n", 500)) });

        Assert.Equal("The operation has a cost of 501, which exceeds the maximum allowed cost of 100.", Assert.Single(result.Errors!).Message);
        Assert.Equal(1, counter.Calls);
    }

    [Fact]
    public async Task AListWithoutPageSizeUsesTheDefaultMultiplier()
    {
        var counter = new Counter();
        var executor = Executor(counter, o =>
        {
            o.MaxCost = 30;
            o.DefaultListMultiplier = 10;
        });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ nodes { id child { id } } }" });

        Assert.Equal("The operation has a cost of 31, which exceeds the maximum allowed cost of 30.", Assert.Single(result.Errors!).Message);
        Assert.Equal(0, counter.Calls);
    }
}

/// <summary>Introspection can be turned off; <c>__typename</c> stays available.</summary>
public sealed class IntrospectionOptionTests
{
    [Fact]
    public async Task IntrospectionFieldsAreRejectedWhenIntrospectionIsDisabled()
    {
        var executor = Create("type Query { a: String }", o => o.PureResolvers["Query"]["a"] = _ => "A", o => o.EnableIntrospection = false);

        Assert.Equal(
            J("{'errors':[{'message':'Introspection is disabled.','locations':[{'line':1,'column':5}],'extensions':{'code':'INTROSPECTION_DISABLED'}}]}"),
            await executor.RunAsync("{ a b: __schema { queryType { name } } }"));
        Assert.Equal(J("{'data':{'__typename':'Query','a':'A'}}"), await executor.RunAsync("{ __typename a }"));
    }
}
