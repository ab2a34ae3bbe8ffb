using static GraphQL.Tests.AspNetCore.HttpHelpers;
using static GraphQL.Tests.AspNetCore.WebSocketHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>
/// What both subprotocols share (the session base): the connection-init timeout, the keep-alive timer,
/// and starting operations (duplicate ids, the per-connection cap), each seen through both protocols'
/// own messages.
/// </summary>
public sealed class WebSocketSessionTests
{
    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task ASocketWithoutConnectionInitIsClosedWith4408(string protocol)
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await ConnectAsync(server.WebSocketUri, protocol);
        Assert.Equal("close 4408", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task TransportProtocolPingsEveryKeepAliveIntervalAfterTheAck()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var socket = await ConnectAsync(server.WebSocketUri);
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ping'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ping'}"), await ReceiveAsync(socket));
    }

    [Fact]
    public async Task LegacyProtocolSendsKaRightAfterTheAckAndThenEveryKeepAliveInterval()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var socket = await ConnectAsync(server.WebSocketUri, "graphql-ws");
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));
    }

    [Fact]
    public async Task LegacyProtocolReportsDuplicateIdsAndTheOperationCapAsOperationErrors()
    {
        await using var server = await TestGraphQLServer.StartAsync(o =>
        {
            o.WebSockets.KeepAliveInterval = null;
            o.WebSockets.MaxConcurrentOperations = 1;
        });
        using var socket = await ConnectAsync(server.WebSocketUri, "graphql-ws");
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));

        await SendAsync(socket, J("{'id':'a','type':'start','payload':{'query':'subscription { messages }'}}"));
        await SendAsync(socket, J("{'id':'a','type':'start','payload':{'query':'subscription { messages }'}}"));
        Assert.Equal(J("{'id':'a','type':'error','payload':{'message':'An operation with id \\'a\\' is already running.'}}"), await ReceiveAsync(socket));
        await SendAsync(socket, J("{'id':'b','type':'start','payload':{'query':'subscription { messages }'}}"));
        Assert.Equal(J("{'id':'b','type':'error','payload':{'message':'The connection already runs 1 operations, the most allowed at once.'}}"), await ReceiveAsync(socket));
    }

    [Fact]
    public async Task LegacyProtocolSendsRequestErrorsAsDataThenComplete()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.WebSockets.KeepAliveInterval = null);
        using var socket = await ConnectAsync(server.WebSocketUri, "graphql-ws");
        await SendAsync(socket, J("{'type':'connection_init'}"));
        Assert.Equal(J("{'type':'connection_ack'}"), await ReceiveAsync(socket));
        Assert.Equal(J("{'type':'ka'}"), await ReceiveAsync(socket));

        await SendAsync(socket, J("{'id':'v','type':'start','payload':{'query':'{ nope }'}}"));
        Assert.Equal(J("{'id':'v','type':'data','payload':{'errors':[{'message':'Cannot query field \\'nope\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}}"),
            await ReceiveAsync(socket));
        Assert.Equal(J("{'id':'v','type':'complete'}"), await ReceiveAsync(socket));
    }
}
