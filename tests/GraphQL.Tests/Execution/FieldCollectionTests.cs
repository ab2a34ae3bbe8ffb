using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>CollectFields (spec §6.3.2): @skip, @include, fragments and their type conditions, merging.</summary>
public sealed class FieldCollectionTests
{
    private const string Sdl = @"
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String meows: Boolean }
        union Pet = Dog | Cat
        type Query { a: String b: String pet: Pet named: Named }";

    private static GraphQL.Execution.IRequestExecutor Executor() => Create(Sdl, o =>
    {
        o.PureResolvers["Query"]["a"] = _ => "A";
        o.PureResolvers["Query"]["b"] = _ => "B";
        o.PureResolvers["Query"]["pet"] = _ => Obj(("__typename", "Dog"), ("name", "Rex"), ("barks", true));
        o.PureResolvers["Query"]["named"] = _ => Obj(("__typename", "Cat"), ("name", "Tom"), ("meows", true));
    });

    [Theory]
    [InlineData("{ a @skip(if: true) b }", "{'data':{'b':'B'}}")]
    [InlineData("{ a @skip(if: false) b }", "{'data':{'a':'A','b':'B'}}")]
    [InlineData("{ a @include(if: false) b }", "{'data':{'b':'B'}}")]
    [InlineData("{ a @include(if: true) @skip(if: true) b }", "{'data':{'b':'B'}}")]
    [InlineData("{ ... @skip(if: true) { a } b }", "{'data':{'b':'B'}}")]
    public async Task SkipAndIncludeWithLiteralsDecideWhetherAFieldIsCollected(string query, string expected)
    {
        Assert.Equal(J(expected), await Executor().RunAsync(query));
    }

    [Fact]
    public async Task SkipAndIncludeWithVariablesAreEvaluatedPerRequestOnTheSameCachedPlan()
    {
        var executor = Executor();
        const string query = "query($s: Boolean!, $i: Boolean!) { a @skip(if: $s) b @include(if: $i) }";

        Assert.Equal(J("{'data':{'b':'B'}}"), await executor.RunAsync(query, Vars(("s", true), ("i", true))));
        Assert.Equal(J("{'data':{'a':'A'}}"), await executor.RunAsync(query, Vars(("s", false), ("i", false))));
        Assert.Equal(J("{'data':{'a':'A','b':'B'}}"), await executor.RunAsync(query, Vars(("s", false), ("i", true))));
    }

    [Fact]
    public async Task FieldIsIncludedWhenAnyOfItsOccurrencesIsIncluded()
    {
        var json = await Executor().RunAsync("query($no: Boolean!) { a @include(if: $no) ... { a } }", Vars(("no", false)));

        Assert.Equal(J("{'data':{'a':'A'}}"), json);
    }

    [Fact]
    public async Task FragmentsApplyOnlyWhenTheirTypeConditionMatchesTheRuntimeType()
    {
        var json = await Executor().RunAsync(@"
            { pet { __typename ...DogFields ... on Cat { meows } ... on Named { name } }
              named { ... on Dog { barks } ... on Cat { meows } } }
            fragment DogFields on Dog { barks }");

        Assert.Equal(J("{'data':{'pet':{'__typename':'Dog','barks':true,'name':'Rex'},'named':{'meows':true}}}"), json);
    }

    [Fact]
    public async Task FieldsWithTheSameResponseNameAreMergedInFirstOccurrenceOrder()
    {
        var json = await Executor().RunAsync("{ b pet { ... on Dog { name } } a pet { ... on Dog { barks name } } }");

        Assert.Equal(J("{'data':{'b':'B','pet':{'name':'Rex','barks':true},'a':'A'}}"), json);
    }

    [Fact]
    public async Task AFragmentSpreadTwiceInOneSelectionIsCollectedOnce()
    {
        var json = await Executor().RunAsync("{ ...F b ...F } fragment F on Query { a }");

        Assert.Equal(J("{'data':{'a':'A','b':'B'}}"), json);
    }
}
