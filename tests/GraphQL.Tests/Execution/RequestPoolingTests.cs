using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>
/// Request and operation contexts are pooled per thread: nothing of one request may reach the next, and a
/// context an unfinished execution still uses is never handed to another request.
/// </summary>
public sealed class RequestPoolingTests
{
    private const string Sdl = "type Query { who: String me: String remembered: String slow: String }";

    [Fact]
    public async Task NextRequestSeesNoneOfThePreviousRequestsContextDataOrUser()
    {
        var executor = Create(Sdl, r =>
        {
            r.PureResolvers["Query"]["who"] = static c => c.ContextData.TryGetValue("who", out var v) ? v : null;
            r.PureResolvers["Query"]["me"] = static c => c.User()?.Identity?.Name;
            r.PureResolvers["Query"]["remembered"] = static c =>
            {
                var previous = c.ContextData.TryGetValue("written", out var v) ? v : null;
                c.ContextData["written"] = "yes";
                return previous;
            };
        });
        var user = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "ada") }, "test"));

        var first = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ who me remembered }",
            ContextData = new Dictionary<string, object?> { ["who"] = "first" },
            User = user,
        });
        var second = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ who me remembered }" });

        Assert.Equal(J("{'data':{'who':'first','me':'ada','remembered':null}}"), ExecutionResultWriter.ToJson(first));
        Assert.Equal(J("{'data':{'who':null,'me':null,'remembered':null}}"), ExecutionResultWriter.ToJson(second));
    }

    [Fact]
    public async Task ResolverStillRunningAfterItsRequestWasCancelledKeepsItsOwnContext()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seenLate = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Create(Sdl, r =>
        {
            r.PureResolvers["Query"]["who"] = static c => c.ContextData.TryGetValue("who", out var v) ? v : null;
            r.Resolvers["Query"]["slow"] = async c =>
            {
                await release.Task;
                seenLate.SetResult(c.ContextData.TryGetValue("who", out var v) ? v : null);
                return null;
            };
        });

        using var cancel = new CancellationTokenSource();
        var pending = executor.ExecuteAsync(
            new GraphQLRequest { Query = "{ slow }", ContextData = new Dictionary<string, object?> { ["who"] = "cancelled" } },
            cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);

        var next = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ who }",
            ContextData = new Dictionary<string, object?> { ["who"] = "next" },
        });
        release.SetResult();

        Assert.Equal(J("{'data':{'who':'next'}}"), ExecutionResultWriter.ToJson(next));
        Assert.Equal("cancelled", await seenLate.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
