using GraphQL.Tests.Subscriptions;
using static GraphQL.Tests.AspNetCore.HttpHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>graphql-sse "distinct connections": subscriptions and single results over text/event-stream.</summary>
public sealed class ServerSentEventsTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SubscriptionStreamsOneNextEventPerResultThenComplete()
    {
        await using var events = await SseSubscription.OpenAsync(_server.Client, "subscription { countdown(from: 2) }");
        Assert.Equal(J("{'data':{'countdown':2}}"), await events.NextAsync());
        Assert.Equal(J("{'data':{'countdown':1}}"), await events.NextAsync());
        Assert.Equal(J("{'data':{'countdown':0}}"), await events.NextAsync());
        Assert.Null(await events.NextAsync());
    }

    [Fact]
    public async Task QueryOverEventStreamIsOneNextEvent()
    {
        await using var events = await SseSubscription.OpenAsync(_server.Client, "{ hello }");
        Assert.Equal(J("{'data':{'hello':'Hello, world!'}}"), await events.NextAsync());
        Assert.Null(await events.NextAsync());
    }

    [Fact]
    public async Task TopicEventsReachTheSubscriberAndDisconnectingReleasesTheSubscription()
    {
        var events = await SseSubscription.OpenAsync(_server.Client, "subscription { messages }");
        await _server.Events.WhenSubscribedAsync();
        Assert.Equal(1, _server.Events.MessageSubscribers);

        await _server.Client.PostJsonAsync(J("{'query':'mutation { send(text: \\'hi\\') }'}"));
        Assert.Equal(J("{'data':{'messages':'hi'}}"), await events.NextAsync());

        await events.DisposeAsync();
        await _server.Events.WhenAllUnsubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _server.Events.MessageSubscribers);
    }
}
