using System.Net.WebSockets;
using System.Text.Json;
using GraphQL.Client.Tests.Generated;
using GraphQL.Client.Tests.Infrastructure;

namespace GraphQL.Client.Tests.Runtime;

/// <summary>Subscriptions over graphql-transport-ws against a real WebSocket endpoint.</summary>
public class WebSocketSubscriptionTests : IAsyncLifetime
{
    private LoopbackGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackGraphQLServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Next(string status) =>
        "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"orderStatusChanged\":{\"orderId\":\"O1\",\"status\":\"" + status
        + "\",\"at\":\"2025-01-02T03:04:05.000Z\"}}}}";

    [Fact]
    public async Task SubscriptionStreamsEventsUntilTheServerCompletes()
    {
        var received = new List<JsonElement>();
        _server.WebSocket = async socket =>
        {
            received.Add((await LoopbackGraphQLServer.ReceiveAsync(socket))!.Value);
            await LoopbackGraphQLServer.SendAsync(socket, """{"type":"ping"}""");
            received.Add((await LoopbackGraphQLServer.ReceiveAsync(socket))!.Value);
            await LoopbackGraphQLServer.SendAsync(socket, """{"type":"connection_ack"}""");
            received.Add((await LoopbackGraphQLServer.ReceiveAsync(socket))!.Value);
            await LoopbackGraphQLServer.SendAsync(socket, Next("PAID"));
            await LoopbackGraphQLServer.SendAsync(socket, Next("SHIPPED"));
            await LoopbackGraphQLServer.SendAsync(socket, """{"id":"1","type":"complete"}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket); // the client's close
        };
        var client = ClientFactory.Create(_server, b => b.ConfigureWebSocketClient(o =>
            o.ConnectionInitPayload = (_, _) => ValueTask.FromResult<IReadOnlyDictionary<string, object?>?>(
                new Dictionary<string, object?> { ["authorization"] = "Bearer abc" })));

        var statuses = new List<string>();
        await foreach (var result in client.OnOrderStatus.Watch("O1"))
        {
            statuses.Add(result.Data!.OrderStatusChanged.Status);
        }

        Assert.Equal(new[] { "PAID", "SHIPPED" }, statuses);
        Assert.Equal("""{"type":"connection_init","payload":{"authorization":"Bearer abc"}}""", received[0].GetRawText());
        Assert.Equal("""{"type":"pong"}""", received[1].GetRawText());
        Assert.Equal("subscribe", received[2].GetProperty("type").GetString());
        Assert.Equal(OnOrderStatusSubscription.Document, received[2].GetProperty("payload").GetProperty("query").GetString());
        Assert.Equal("""{"orderId":"O1"}""", received[2].GetProperty("payload").GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task StoppingTheEnumerationSendsCompleteAndClosesTheSocket()
    {
        var afterFirst = new TaskCompletionSource<(JsonElement? Message, WebSocketState State)>();
        _server.WebSocket = async socket =>
        {
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, """{"type":"connection_ack"}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, Next("PAID"));
            var message = await LoopbackGraphQLServer.ReceiveAsync(socket);
            var close = await LoopbackGraphQLServer.ReceiveAsync(socket);
            afterFirst.SetResult((message, socket.State));
        };
        var client = ClientFactory.Create(_server);

        await foreach (var result in client.OnOrderStatus.Watch("O1"))
        {
            Assert.Equal("PAID", result.Data!.OrderStatusChanged.Status);
            break;
        }

        var (complete, state) = await afterFirst.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"id":"1","type":"complete"}""", complete!.Value.GetRawText());
        Assert.Equal(WebSocketState.CloseReceived, state);
    }

    [Fact]
    public async Task ErrorMessageEndsTheStreamWithAnErrorResult()
    {
        _server.WebSocket = async socket =>
        {
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, """{"type":"connection_ack"}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, """{"id":"1","type":"error","payload":[{"message":"Order not found.","extensions":{"code":"NOT_FOUND"}}]}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket);
        };
        var client = ClientFactory.Create(_server);

        var results = new List<IOperationResult<IOnOrderStatusResult>>();
        await foreach (var result in client.OnOrderStatus.Watch("O1")) results.Add(result);

        var only = Assert.Single(results);
        Assert.Null(only.Data);
        Assert.Equal("NOT_FOUND", Assert.Single(only.Errors).Code);
    }

    [Fact]
    public async Task ServerClosingBeforeCompleteIsATransportException()
    {
        _server.WebSocket = async socket =>
        {
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await socket.CloseAsync((WebSocketCloseStatus)4403, "Forbidden", CancellationToken.None);
        };
        var client = ClientFactory.Create(_server);

        var thrown = await Assert.ThrowsAsync<GraphQLTransportException>(async () =>
        {
            await foreach (var _ in client.OnOrderStatus.Watch("O1")) { }
        });

        Assert.Equal("The GraphQL WebSocket server closed the connection (4403 Forbidden).", thrown.Message);
    }

    [Fact]
    public async Task SubscriptionIsAlsoAnObservable()
    {
        _server.WebSocket = async socket =>
        {
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, """{"type":"connection_ack"}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket);
            await LoopbackGraphQLServer.SendAsync(socket, Next("PAID"));
            await LoopbackGraphQLServer.SendAsync(socket, """{"id":"1","type":"complete"}""");
            await LoopbackGraphQLServer.ReceiveAsync(socket);
        };
        var client = ClientFactory.Create(_server);
        var observer = new CollectingObserver();

        using (client.OnOrderStatus.Watch("O1").ToObservable().Subscribe(observer))
        {
            await observer.Completed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(new[] { "PAID" }, observer.Statuses);
    }

    private sealed class CollectingObserver : IObserver<IOperationResult<IOnOrderStatusResult>>
    {
        public List<string> Statuses { get; } = new();

        public TaskCompletionSource Completed { get; } = new();

        public void OnNext(IOperationResult<IOnOrderStatusResult> value) => Statuses.Add(value.Data!.OrderStatusChanged.Status);

        public void OnCompleted() => Completed.SetResult();

        public void OnError(Exception error) => Completed.SetException(error);
    }
}
