using System.Collections.Concurrent;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Query root fields run concurrently (spec §6.2.1); mutation root fields one after the other (spec §6.2.2).</summary>
public sealed class ExecutionOrderTests
{
    [Fact]
    public async Task QueryRootFieldsRunConcurrently()
    {
        // "first" can only finish once "second" has started: a serial executor would deadlock.
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Create("type Query { first: String second: String }", o =>
        {
            o.Resolvers["Query"]["first"] = async _ =>
            {
                await secondStarted.Task;
                return "first";
            };
            o.Resolvers["Query"]["second"] = _ =>
            {
                secondStarted.SetResult();
                return ValueTask.FromResult<object?>("second");
            };
        });

        var run = executor.RunAsync("{ first second }");

        Assert.Equal(J("{'data':{'first':'first','second':'second'}}"), await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task MutationRootFieldsRunSeriallyEachWithItsWholeSubtree()
    {
        var log = new ConcurrentQueue<string>();
        var releaseFirst = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Create(
            "type Query { x: Int } type Result { value: String } type Mutation { first: Result second: Result }",
            o =>
            {
                o.Resolvers["Mutation"]["first"] = async _ =>
                {
                    log.Enqueue("first started");
                    return await releaseFirst.Task;
                };
                o.Resolvers["Mutation"]["second"] = _ =>
                {
                    log.Enqueue("second started");
                    return ValueTask.FromResult<object?>(Obj(("value", "2")));
                };
                o.Resolvers["Result"]["value"] = c =>
                {
                    log.Enqueue("value of " + ((IReadOnlyDictionary<string, object?>)c.Parent!)["value"]);
                    return ValueTask.FromResult(((IReadOnlyDictionary<string, object?>)c.Parent!)["value"]);
                };
            });

        var run = executor.RunAsync("mutation { first { value } second { value } }");
        while (log.IsEmpty) await Task.Yield();
        Assert.Equal(new[] { "first started" }, log);

        releaseFirst.SetResult(Obj(("value", "1")));

        Assert.Equal(J("{'data':{'first':{'value':'1'},'second':{'value':'2'}}}"), await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(new[] { "first started", "value of 1", "second started", "value of 2" }, log);
    }

    [Fact]
    public async Task AMutationFieldWhoseNonNullErrorReachesTheRootStopsTheFollowingFields()
    {
        var ran = new ConcurrentQueue<string>();
        var executor = Create("type Query { x: Int } type Mutation { fails: String! after: String }", o =>
        {
            o.PureResolvers["Mutation"]["fails"] = _ =>
            {
                ran.Enqueue("fails");
                return null;
            };
            o.PureResolvers["Mutation"]["after"] = _ =>
            {
                ran.Enqueue("after");
                return "after";
            };
        });

        var json = await executor.RunAsync("mutation { fails after }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field Mutation.fails.','locations':[{'line':1,'column':12}],'path':['fails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"),
            json);
        Assert.Equal(new[] { "fails" }, ran);
    }
}
