using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>CoerceArgumentValues (spec §6.4.1): literals, variables, defaults.</summary>
public sealed class ArgumentTests
{
    private static GraphQL.Execution.IRequestExecutor Executor() => Create(
        "enum Sort { ASC DESC } type Query { page(size: Int = 20, sort: Sort = ASC, ids: [ID!]): String }",
        o => o.PureResolvers["Query"]["page"] = c =>
            $"{c.ArgumentValue<int>("size")} {c.ArgumentValue<string>("sort")} [{string.Join(",", c.ArgumentValue<string[]>("ids") ?? Array.Empty<string>())}] {c.HasArgument("ids")}");

    [Fact]
    public async Task OmittedArgumentsTakeTheirDefaults()
    {
        Assert.Equal(J("{'data':{'page':'20 ASC [] False'}}"), await Executor().RunAsync("{ page }"));
    }

    [Fact]
    public async Task LiteralArgumentsAreCoerced()
    {
        Assert.Equal(J("{'data':{'page':'5 DESC [1,2] True'}}"), await Executor().RunAsync("{ page(size: 5, sort: DESC, ids: [\"1\", 2]) }"));
    }

    [Fact]
    public async Task AVariableThatWasNotProvidedLeavesTheDefault()
    {
        Assert.Equal(J("{'data':{'page':'20 DESC [7] True'}}"), await Executor().RunAsync("query($s: Int, $id: ID!) { page(size: $s, sort: DESC, ids: [$id]) }", Vars(("id", "7"))));
    }

    [Fact]
    public async Task AnExplicitNullIsPassedAsNull()
    {
        Assert.Equal(J("{'data':{'page':'0 ASC [] True'}}"), await Executor().RunAsync("{ page(size: null, ids: null) }"));
    }
}
