using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Boutique.Graph.Catalog;
using Boutique.Tests.Graph;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Boutique.Tests.Catalog;

/// <summary>SQL statements per listing, the images endpoint, and productChanged over the real WebSocket.</summary>
[Collection(HostCollection.Name)]
public sealed class CatalogPlumbingTests(CatalogApi api) : IClassFixture<CatalogApi>
{
    private const string Listing = "query($first: Int) { products(first: $first) { totalCount nodes { id name slug price onSale inStock sizes colors category { name slug } images { url alt width height } variants { sku size color price stock inStock } } } }";

    [Theory]
    [InlineData(1)]
    [InlineData(24)]
    [InlineData(100)]
    public async Task AListingWithCategoryImagesAndVariantsRunsFiveStatementsWhateverThePageSize(int first)
    {
        await api.GraphQL.DataAsync(Listing, new { first }); // warm the document cache and EF's query cache
        api.Statements.Reset();

        var data = await api.GraphQL.DataAsync(Listing, new { first });

        Assert.Equal(first, data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        // count, page, categories, images, variants (sizes and colors reuse the variants batch)
        Assert.Equal(5, api.Statements.Statements.Count);
    }

    [Fact]
    public async Task AnImageIsServedWithAnImmutableCacheHeaderAndItsHashAsETag()
    {
        var url = (await Sql.StringsAsync(api.Database, "SELECT url FROM product_images ORDER BY url LIMIT 1"))[0];
        var hash = url["/images/".Length..url.IndexOf('.')];
        var client = api.Host.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\"" + hash + "\"", response.Headers.ETag!.Tag);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString().Replace(", ", ",").Replace(",", ", "));
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnImageRequestWithItsETagGets304AndAnUnknownOne404()
    {
        var url = (await Sql.StringsAsync(api.Database, "SELECT url FROM product_images ORDER BY url LIMIT 1"))[0];
        var hash = url["/images/".Length..url.IndexOf('.')];
        var client = api.Host.CreateClient();

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", "\"" + hash + "\"");
        var notModified = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("\"" + hash + "\"", notModified.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/images/" + new string('a', 64) + ".svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/images/not-a-hash.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/images/" + hash + ".png")).StatusCode);
    }

    [Fact]
    public async Task ProductChangedDeliversTheFreshProductOverGraphQLTransportWs()
    {
        var row = (await Sql.StringsAsync(api.Database, $"SELECT id FROM products WHERE {Sql.Published} ORDER BY slug LIMIT 1"))[0];
        var productId = Guid.Parse(row);
        var socketClient = api.Host.Server.CreateWebSocketClient();
        socketClient.SubProtocols.Add("graphql-transport-ws");
        using var socket = await socketClient.ConnectAsync(new Uri(api.Host.Server.BaseAddress, "graphql"), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await SendAsync(socket, new { type = "connection_init" }, timeout.Token);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());
        await SendAsync(socket, new
        {
            id = "1",
            type = "subscribe",
            payload = new { query = "subscription($id: ID!) { productChanged(id: $id) { slug price } }", variables = new { id = ProductListingTests.NodeId("Product", row) } },
        }, timeout.Token);

        await Sql.CountAsync(api.Database, $"WITH u AS (UPDATE products SET price = 123.45 WHERE id = '{productId}' RETURNING 1) SELECT count(*) FROM u");
        // graphql-transport-ws does not acknowledge "subscribe": wait until the API has subscribed to the topic.
        await api.Subscriptions.WhenSubscribedAsync(CatalogTopics.ProductChanged(productId)).WaitAsync(timeout.Token);
        await api.Host.Services.GetRequiredService<ITopicEventSender>().PublishProductChangedAsync(productId, timeout.Token);
        var receive = ReceiveAsync(socket, timeout.Token);

        var next = await receive;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(123.45m, next.GetProperty("payload").GetProperty("data").GetProperty("productChanged").GetProperty("price").GetDecimal());
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("Q2F0ZWdvcnk6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAx")] // a Category ID
    public async Task SubscribingToSomethingThatIsNotAProductIdIsAnError(string id)
    {
        var socketClient = api.Host.Server.CreateWebSocketClient();
        socketClient.SubProtocols.Add("graphql-transport-ws");
        using var socket = await socketClient.ConnectAsync(new Uri(api.Host.Server.BaseAddress, "graphql"), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await SendAsync(socket, new { type = "connection_init" }, timeout.Token);
        await ReceiveAsync(socket, timeout.Token);

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription($id: ID!) { productChanged(id: $id) { slug } }", variables = new { id } } }, timeout.Token);

        var message = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Equal("INVALID_ID", message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static Task SendAsync(WebSocket socket, object message, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, ct);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, ct);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }
}
