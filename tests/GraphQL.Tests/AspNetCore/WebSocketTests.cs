using System.Net.WebSockets;
using static GraphQL.Tests.AspNetCore.HttpHelpers;
using static GraphQL.Tests.AspNetCore.WebSocketHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>graphql-transport-ws with ClientWebSocket: operations, limits and releasing subscriptions on disconnect.</summary>
public sealed class WebSocketTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(o => o.WebSockets.MaxConcurrentOperations = 2);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<ClientWebSocket> ConnectAsync(string protocol = "graphql-transport-ws") => WebSocketHelpers.ConnectAsync(_server.WebSocketUri, protocol);

    [Fact]
    public async Task SubscriptionDeliversEventsAndDisconnectReleasesEverySubscription()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, J("{'type':'connection_init','payload':{}}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'s1','type':'subscribe','payload':{'query':'subscription { messages }'}}"));
        await _server.Events.WhenSubscribedAsync();

        await _server.Client.PostJsonAsync(J("{'query':'mutation { send(text: \\'ws event\\') }'}"));
        Assert.Equal(J("{'id':'s1','type':'next','payload':{'data':{'messages':'ws event'}}}"), await ReceiveAsync(socket));

        socket.Abort();
        socket.Dispose();
        await _server.Events.WhenAllUnsubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _server.Events.MessageSubscribers);
    }

    [Fact]
    public async Task CompleteFromTheClientStopsTheSubscriptionWithoutAReply()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'s1','type':'subscribe','payload':{'query':'subscription { messages }'}}"));
        await _server.Events.WhenSubscribedAsync();
        await SendAsync(socket, J("{'id':'s1','type':'complete'}"));
        await _server.Events.WhenAllUnsubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));

        await SendAsync(socket, J("{'type':'ping'}"));
        Assert.Equal(J("{'type':'pong'}"), await ReceiveAsync(socket));
    }

    [Fact]
    public async Task OperationsBeyondThePerConnectionCapGetAnError()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'1','type':'subscribe','payload':{'query':'subscription { messages }'}}"));
        await SendAsync(socket, J("{'id':'2','type':'subscribe','payload':{'query':'subscription { messages }'}}"));
        await SendAsync(socket, J("{'id':'3','type':'subscribe','payload':{'query':'subscription { messages }'}}"));
        Assert.Equal(J("{'id':'3','type':'error','payload':[{'message':'The connection already runs 2 operations, the most allowed at once.','extensions':{'code':'TOO_MANY_OPERATIONS'}}]}"),
            await ReceiveAsync(socket));
    }

    [Fact]
    public async Task QueryOverTheSocketIsNextThenCompleteAndValidationErrorsAreError()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'q','type':'subscribe','payload':{'query':'{ hello }'}}"));
        Assert.Equal(J("{'id':'q','type':'next','payload':{'data':{'hello':'Hello, world!'}}}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'id':'q','type':'complete'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'v','type':'subscribe','payload':{'query':'{ nope }'}}"));
        Assert.Equal(J("{'id':'v','type':'error','payload':[{'message':'Cannot query field \\'nope\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"),
            await ReceiveAsync(socket));
    }

    [Fact]
    public async Task RequestErrorsOfASubscribeAreTheErrorPayloadWithMessagesLocationsAndCodes()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));

        // The payload is the errors array itself; these bytes are what the server sent before it wrote the array directly.
        await SendAsync(socket, J("{'id':'v','type':'subscribe','payload':{'query':'subscription { messages countdown(from: \\'x\\') nope }'}}"));
        Assert.Equal(J("{'id':'v','type':'error','payload':["
            + "{'message':'Anonymous Subscription must select only one top level field.','locations':[{'line':1,'column':25},{'line':1,'column':46}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}},"
            + "{'message':'Int cannot represent non-integer value: \\'x\\'','locations':[{'line':1,'column':41}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}},"
            + "{'message':'Cannot query field \\'nope\\' on type \\'Subscription\\'.','locations':[{'line':1,'column':46}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"),
            await ReceiveAsync(socket));

        await SendAsync(socket, J("{'id':'p','type':'subscribe','payload':{'query':'subscription { messages'}}"));
        Assert.Equal(J("{'id':'p','type':'error','payload':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':24}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"),
            await ReceiveAsync(socket));
    }

    [Fact]
    public async Task LegacyProtocolAcknowledgesStreamsDataAndCompletes()
    {
        using var socket = await ConnectAsync("graphql-ws");
        await SendAsync(socket, J("{'type':'connection_init','payload':{}}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'1','type':'start','payload':{'query':'subscription { countdown(from: 1) }'}}"));
        Assert.Equal(J("{'id':'1','type':'data','payload':{'data':{'countdown':1}}}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'id':'1','type':'data','payload':{'data':{'countdown':0}}}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'id':'1','type':'complete'}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'type':'connection_terminate'}"));
        Assert.Equal("close 1000", await ReceiveAsync(socket));
    }
}
