using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class RelaySubscriptionQuery
{
    public Shop[] GetShops() => RelayData.Shops;
}

[SubscriptionType]
public sealed class ShopSubscriptions
{
    /// <summary>The resolver and the stream both take the decoded key.</summary>
    [Subscribe(With = nameof(StreamShopRenames))]
    public string ShopRenamed([ID(nameof(Shop))] int id, [Parent] string name) => id + ":" + name;

    public static async IAsyncEnumerable<string> StreamShopRenames([ID(nameof(Shop))] int id, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        yield return RelayData.Shops.First(s => s.Id == id).Name;
    }
}

public sealed class RelaySubscriptionTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection()
        .AddGraphQL().AddQueryType<RelaySubscriptionQuery>().AddSubscriptionType<ShopSubscriptions>().AddGlobalObjectIdentification().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    [Fact]
    public async Task ASubscriptionsSourceStreamReceivesItsIdArgumentsDecoded()
    {
        await using var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { shopRenamed(id: \"" + GlobalId.Encode("Shop", 2) + "\") }" });

        var responses = new List<string>();
        await foreach (var response in result.ResponseStream!) responses.Add(ExecutionResultWriter.ToJson(response));

        Assert.Equal(new[] { """{"data":{"shopRenamed":"2:Porto"}}""" }, responses);
    }

    [Theory]
    [InlineData("U3VwcGxpZXI6MQ==", "The ID \"U3VwcGxpZXI6MQ==\" is not a \"Shop\" ID.")]
    [InlineData("bad", "The ID \"bad\" is not a valid global ID.")]
    public async Task SubscribingWithAnIdOfAnotherTypeIsACleanError(string id, string message)
    {
        await using var result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { shopRenamed(id: \"" + id + "\") }" });

        Assert.Null(result.ResponseStream);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(message, error.Message);
        Assert.Equal(RelayErrorCodes.InvalidId, error.Code);
    }
}
