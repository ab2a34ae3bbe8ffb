using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Handling field errors (spec §6.4.4): a null in a non-null position nulls the nearest nullable parent.</summary>
public sealed class NullPropagationTests
{
    private const string Sdl = @"
        type Query { nullable: A nonNull: A! list: [B!] listOfNullable: [B] other: String }
        type A { b: B! c: C }
        type B { value: String! }
        type C { value: String }";

    private static GraphQL.Execution.IRequestExecutor Executor() => Create(Sdl, o =>
    {
        var a = Obj(("b", Obj(("value", null))), ("c", Obj(("value", "c"))));
        o.PureResolvers["Query"]["nullable"] = _ => a;
        o.PureResolvers["Query"]["nonNull"] = _ => a;
        o.PureResolvers["Query"]["list"] = _ => new[] { Obj(("value", "1")), Obj(("value", null)) };
        o.PureResolvers["Query"]["listOfNullable"] = _ => new[] { Obj(("value", "1")), Obj(("value", null)) };
        o.PureResolvers["Query"]["other"] = _ => "still here";
    });

    [Fact]
    public async Task ANestedNonNullChainNullsTheFirstNullableAncestor()
    {
        var json = await Executor().RunAsync("{ nullable { c { value } b { value } } other }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field B.value.','locations':[{'line':1,'column':30}],'path':['nullable','b','value'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nullable':null,'other':'still here'}}"),
            json);
    }

    [Fact]
    public async Task ANonNullChainUpToTheRootNullsData()
    {
        var json = await Executor().RunAsync("{ other nonNull { b { value } } }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field B.value.','locations':[{'line':1,'column':23}],'path':['nonNull','b','value'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"),
            json);
    }

    [Fact]
    public async Task ANullItemInAListOfNonNullNullsTheWholeList()
    {
        var json = await Executor().RunAsync("{ list { value } }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field B.value.','locations':[{'line':1,'column':10}],'path':['list',1,'value'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'list':null}}"),
            json);
    }

    [Fact]
    public async Task ANullItemInAListOfNullableNullsOnlyThatItem()
    {
        var json = await Executor().RunAsync("{ listOfNullable { value } }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field B.value.','locations':[{'line':1,'column':20}],'path':['listOfNullable',1,'value'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'listOfNullable':[{'value':'1'},null]}}"),
            json);
    }
}
