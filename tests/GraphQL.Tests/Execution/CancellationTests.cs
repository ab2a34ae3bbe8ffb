using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>The execution timeout and the client's cancellation both reach the resolvers.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task AnOperationThatOutlivesTheExecutionTimeoutEndsWithAnExecutionTimeoutError()
    {
        var sawCancellation = false;
        var executor = Create(
            "type Query { slow: String fast: String }",
            o =>
            {
                o.Resolvers["Query"]["slow"] = async c =>
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, c.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        sawCancellation = true;
                        throw;
                    }

                    return "never";
                };
                o.PureResolvers["Query"]["fast"] = _ => "fast";
            },
            options => options.ExecutionTimeout = TimeSpan.FromMilliseconds(50));

        var json = await executor.RunAsync("{ fast slow }");

        Assert.Equal(
            J("{'errors':[{'message':'The operation was cancelled because it exceeded the execution timeout of 0.05 seconds.','extensions':{'code':'EXECUTION_TIMEOUT'}}]}"),
            json);
        Assert.True(sawCancellation);
    }

    [Fact]
    public async Task TheClientCancellingStopsTheExecutionAndTheResolversSeeIt()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolverCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Create("type Query { wait: String }", o => o.Resolvers["Query"]["wait"] = async c =>
        {
            c.RequestAborted.Register(() => resolverCancelled.SetResult());
            started.SetResult();
            await Task.Delay(Timeout.Infinite, c.RequestAborted);
            return null;
        });
        using var client = new CancellationTokenSource();

        var run = executor.ExecuteAsync(new GraphQLRequest { Query = "{ wait }" }, client.Token);
        await started.Task;
        client.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.AsTask());
        await resolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
