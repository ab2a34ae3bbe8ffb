using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class SubscriptionTests
{
    public sealed record PriceChanged(string Sku, decimal Price);

    [QueryType]
    public static class Queries
    {
        public static int Ping() => 1;
    }

    [SubscriptionType]
    public static class PriceSubscriptions
    {
        [Subscribe(With = nameof(StreamPrices))]
        public static decimal OnPriceChanged(string sku, [Parent] PriceChanged message) => message.Price;

        public static async IAsyncEnumerable<PriceChanged> StreamPrices(string sku)
        {
            await Task.Yield();
            yield return new PriceChanged(sku, 10m);
            yield return new PriceChanged(sku, 12m);
        }

        [Topic("Stock_{sku}")]
        public static int OnStockChanged(string sku, [Parent] int stock) => stock;
    }

    [SubscriptionType]
    public static class MissingStream
    {
        [Subscribe(With = "Nowhere")]
        public static int OnNothing() => 0;
    }

    private static Schema BuildSchema() =>
        new CodeFirstSchemaBuilder().AddQueryType(typeof(Queries)).AddSubscriptionType(typeof(PriceSubscriptions)).Build();

    [Fact]
    public void SubscribeWithPairsAStreamMethodWithAResolverThatHidesIt()
    {
        var schema = BuildSchema();

        Assert.Equal(
            """
            type Subscription {
              onPriceChanged(sku: String!): Decimal!
              onStockChanged(sku: String!): Int!
            }
            """.ReplaceLineEndings("\n"),
            Sdl.PrintType(schema.SubscriptionType!));
        Assert.Equal("Stock_{sku}", schema.SubscriptionType!.Fields["onStockChanged"]!.Features[CodeFirstFeatures.Topic]);
    }

    [Fact]
    public async Task TheStreamMethodCreatesTheSourceStreamAndTheResolverMapsEachEvent()
    {
        var schema = BuildSchema();
        var subscribe = new FakeResolverContext(schema, "Subscription", "onPriceChanged");
        subscribe.Arguments["sku"] = "A-1";

        var stream = await schema.SubscriptionType!.Fields["onPriceChanged"]!.SubscribeResolver!(subscribe);
        var prices = new List<object?>();
        await foreach (var message in stream)
        {
            var resolve = new FakeResolverContext(schema, "Subscription", "onPriceChanged") { Parent = message };
            prices.Add(await resolve.ResolveAsync());
        }

        Assert.Equal(new object?[] { 10m, 12m }, prices);
    }

    [Fact]
    public void AStreamMethodThatDoesNotExistIsReported()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            new CodeFirstSchemaBuilder().AddQueryType(typeof(Queries)).AddSubscriptionType(typeof(MissingStream)).Build());

        Assert.Equal("The subscription \"MissingStream.OnNothing\" names the stream method \"Nowhere\", which \"MissingStream\" does not have.", exception.Message);
    }
}
