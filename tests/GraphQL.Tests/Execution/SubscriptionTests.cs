using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Subscribe (spec §6.2.3) over the in-memory topic bus: events mapped to responses, resources released.</summary>
public sealed class SubscriptionTests
{
    public sealed record ChatMessage(string Text);

    private const string Sdl = @"
        type Query { x: Int }
        type Message { text: String shout: String }
        type Subscription { onMessage(room: String!): Message }";

    private static (IRequestExecutor Executor, InMemoryPubSub Bus) Setup()
    {
        var (executor, services) = CreateWithServices(
            Sdl,
            o =>
            {
                o.SubscribeResolvers["Subscription"]["onMessage"] = async c =>
                {
                    var receiver = c.Services.GetRequiredService<ITopicEventReceiver>();
                    var stream = await receiver.SubscribeAsync<ChatMessage>("room:" + c.ArgumentValue<string>("room"), c.RequestAborted);
                    return stream.ToEventStream();
                };
                o.PureResolvers["Message"]["shout"] = c => c.GetParent<ChatMessage>().Text.ToUpperInvariant() + "!";
            },
            configure: b => b.AddInMemorySubscriptions());
        return (executor, services.GetRequiredService<InMemoryPubSub>());
    }

    [Fact]
    public async Task EachEventIsExecutedAgainstTheSelectionSet()
    {
        var (executor, bus) = Setup();
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text shout } }" });
        Assert.Null(result.Errors);

        await bus.SendAsync("room:a", new ChatMessage("hello"));
        await bus.SendAsync("room:b", new ChatMessage("other room"));
        await bus.SendAsync("room:a", new ChatMessage("bye"));
        await bus.CompleteAsync("room:a");

        var responses = new List<string>();
        await foreach (var response in result.ResponseStream!) responses.Add(GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(response));

        Assert.Equal(
            new[]
            {
                J("{'data':{'onMessage':{'text':'hello','shout':'HELLO!'}}}"),
                J("{'data':{'onMessage':{'text':'bye','shout':'BYE!'}}}"),
            },
            responses);
        Assert.Equal(0, bus.GetSubscriberCount("room:a"));
    }

    [Fact]
    public async Task AReaderThatStopsReleasesTheSubscription()
    {
        var (executor, bus) = Setup();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });
        Assert.Equal(1, bus.GetSubscriberCount("room:a"));
        await bus.SendAsync("room:a", new ChatMessage("first"));

        await foreach (var response in result.ResponseStream!)
        {
            Assert.Equal(J("{'data':{'onMessage':{'text':'first'}}}"), GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(response));
            break;
        }

        Assert.Equal(0, bus.GetSubscriberCount("room:a"));
    }

    [Fact]
    public async Task AReaderThatCancelsWhileWaitingReleasesTheSubscription()
    {
        var (executor, bus) = Setup();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });
        using var client = new CancellationTokenSource();

        var reading = Task.Run(async () =>
        {
            await foreach (var _ in result.ResponseStream!.WithCancellation(client.Token))
            {
            }
        });
        client.Cancel();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, bus.GetSubscriberCount("room:a"));
    }

    [Fact]
    public async Task DisposingAnUnreadResultReleasesTheSubscription()
    {
        var (executor, bus) = Setup();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });
        Assert.Equal(1, bus.GetSubscriberCount("room:a"));

        await result.DisposeAsync();

        Assert.Equal(0, bus.GetSubscriberCount("room:a"));
    }

    [Fact]
    public async Task ASlowSubscriberLosesItsOldestEventsInsteadOfBlockingThePublisher()
    {
        var (executor, services) = CreateWithServices(
            Sdl,
            o => o.SubscribeResolvers["Subscription"]["onMessage"] = async c =>
                (await c.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<ChatMessage>("room", c.RequestAborted)).ToEventStream(),
            configure: b => b.AddInMemorySubscriptions(o => o.Capacity = 2));
        var bus = services.GetRequiredService<InMemoryPubSub>();
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });

        foreach (var text in new[] { "1", "2", "3", "4" }) await bus.SendAsync("room", new ChatMessage(text));
        await bus.CompleteAsync("room");

        var texts = new List<string>();
        await foreach (var response in result.ResponseStream!) texts.Add(GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(response));
        Assert.Equal(new[] { J("{'data':{'onMessage':{'text':'3'}}}"), J("{'data':{'onMessage':{'text':'4'}}}") }, texts);
    }

    [Fact]
    public async Task AFieldWithoutASourceStreamIsARequestError()
    {
        var executor = Create(Sdl);

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });

        Assert.Null(result.ResponseStream);
        Assert.Equal(
            J("{'errors':[{'message':'Subscription field must return Async Iterable. Received: undefined.','locations':[{'line':1,'column':16}],'path':['onMessage'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}]}"),
            GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task AFieldErrorWhileExecutingAnEventIsReportedInThatEventsResponse()
    {
        var (executor, services) = CreateWithServices(
            Sdl,
            o =>
            {
                o.SubscribeResolvers["Subscription"]["onMessage"] = async c =>
                    (await c.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<ChatMessage>("room", c.RequestAborted)).ToEventStream();
                o.PureResolvers["Message"]["shout"] = c => c.GetParent<ChatMessage>().Text.Length == 0 ? throw new GraphQLException("Nothing to shout.") : "OK";
            },
            configure: b => b.AddInMemorySubscriptions());
        var bus = services.GetRequiredService<InMemoryPubSub>();
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { shout } }" });

        await bus.SendAsync("room", new ChatMessage(""));
        await bus.SendAsync("room", new ChatMessage("x"));
        await bus.CompleteAsync("room");

        var responses = new List<string>();
        await foreach (var response in result.ResponseStream!) responses.Add(GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(response));
        Assert.Equal(
            new[]
            {
                J("{'errors':[{'message':'Nothing to shout.','locations':[{'line':1,'column':39}],'path':['onMessage','shout']}],'data':{'onMessage':{'shout':null}}}"),
                J("{'data':{'onMessage':{'shout':'OK'}}}"),
            },
            responses);
    }

    [Fact]
    public async Task AFailingSourceStreamEndsTheResponseStreamWithAnError()
    {
        static async IAsyncEnumerable<object?> Failing()
        {
            yield return new ChatMessage("one");
            await Task.Yield();
            throw new InvalidOperationException("broker lost");
        }

        var executor = Create(Sdl, o => o.SubscribeResolvers["Subscription"]["onMessage"] = _ => ValueTask.FromResult(Failing()));
        await using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { onMessage(room: \"a\") { text } }" });

        var responses = new List<string>();
        await foreach (var response in result.ResponseStream!) responses.Add(GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(response));

        Assert.Equal(
            new[]
            {
                J("{'data':{'onMessage':{'text':'one'}}}"),
                J("{'errors':[{'message':'Unexpected Execution Error','extensions':{'code':'INTERNAL_SERVER_ERROR'}}]}"),
            },
            responses);
    }
}
