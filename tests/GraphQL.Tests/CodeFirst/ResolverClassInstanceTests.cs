using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

/// <summary>
/// A resolver class that is not a service gets one instance per request, shared by every field that runs on
/// it (kept by the executor after the first call); a registered one comes from the services each time.
/// </summary>
public sealed class ResolverClassInstanceTests
{
    public sealed class Created
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public int Next() => Interlocked.Increment(ref _count);
    }

    public sealed class Item(int n)
    {
        public int N { get; } = n;
    }

    public sealed class Query
    {
        public Item[] GetItems() => [new(1), new(2), new(3)];
    }

    [ExtendObjectType(typeof(Item))]
    public sealed class ItemExtensions(Created created)
    {
        private readonly int _instance = created.Next();

        public async Task<int> GetInstance([Parent] Item item)
        {
            await Task.Yield();
            return _instance;
        }

        public int GetSyncInstance([Parent] Item item) => _instance;
    }

    [Fact]
    public async Task EveryFieldOfARequestSharesOneInstanceAndTheNextRequestGetsANewOne()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Created>();
        services.AddGraphQL().AddQueryType<Query>().AddTypeExtension<ItemExtensions>();
        var provider = services.BuildServiceProvider();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        var first = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = "{ items { instance syncInstance } }" }));
        var second = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = "{ items { instance syncInstance } }" }));

        Assert.Equal("""{"data":{"items":[{"instance":1,"syncInstance":1},{"instance":1,"syncInstance":1},{"instance":1,"syncInstance":1}]}}""", first);
        Assert.Equal("""{"data":{"items":[{"instance":2,"syncInstance":2},{"instance":2,"syncInstance":2},{"instance":2,"syncInstance":2}]}}""", second);
        Assert.Equal(2, provider.GetRequiredService<Created>().Count);
    }

    [Fact]
    public async Task ARegisteredResolverClassComesFromTheServicesOnEveryCall()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Created>();
        services.AddTransient<ItemExtensions>();
        services.AddGraphQL().AddQueryType<Query>().AddTypeExtension<ItemExtensions>();
        var provider = services.BuildServiceProvider();

        var json = ExecutionResultWriter.ToJson(await provider.GetRequiredService<IRequestExecutor>()
            .ExecuteAsync(new GraphQLRequest { Query = "{ items { syncInstance } }" }));

        Assert.Equal("""{"data":{"items":[{"syncInstance":1},{"syncInstance":2},{"syncInstance":3}]}}""", json);
    }
}
