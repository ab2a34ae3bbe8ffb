using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

/// <summary>Loaded by a batch node resolver: one call takes every key of a request.</summary>
[Node]
public sealed class Warehouse
{
    public static readonly List<int[]> Calls = new();

    public int Id { get; init; }

    [NodeResolver]
    public static Task<IReadOnlyDictionary<int, Warehouse>> GetManyAsync(IReadOnlyList<int> ids)
    {
        lock (Calls) Calls.Add(ids.ToArray());
        IReadOnlyDictionary<int, Warehouse> found = ids.Where(id => id < 50).Distinct().ToDictionary(id => id, id => new Warehouse { Id = id });
        return Task.FromResult(found);
    }
}

/// <summary>Loaded one key at a time, but through a DataLoader: the loads of one request fetch once.</summary>
[Node]
public sealed class Courier
{
    public int Id { get; init; }

    [NodeResolver]
    public static Task<Courier?> GetAsync(int id, CourierLoader loader) => loader.LoadAsync(id);
}

public sealed class CourierLoader : BatchDataLoader<int, Courier?>
{
    public static readonly List<int[]> Batches = new();

    protected override Task<IReadOnlyDictionary<int, Courier?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        lock (Batches) Batches.Add(keys.ToArray());
        IReadOnlyDictionary<int, Courier?> found = keys.Where(k => k < 50).ToDictionary(k => k, k => (Courier?)new Courier { Id = k });
        return Task.FromResult(found);
    }
}

/// <summary><c>nodes(ids:)</c> loads each type's keys together, keeping the order of the IDs.</summary>
[Collection(nameof(RelayBatchTests))]
public sealed class RelayBatchTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection()
        .AddGraphQL().AddQueryType<RelayQuery>().AddType<Warehouse>().AddType<Courier>().AddGlobalObjectIdentification().AddDataLoader<CourierLoader>().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    private static string Id(string type, int key) => GlobalId.Encode(type, key.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<string> Run(string query) =>
        ExecutionResultWriter.ToJson(await s_executor.ExecuteAsync(new GraphQLRequest { Query = query }));

    private static string Nodes(params string[] ids) => "{ nodes(ids: [" + string.Join(", ", ids.Select(id => "\"" + id + "\"")) + "]) { __typename id } }";

    [Fact]
    public async Task NodesCallsABatchResolverOnceWithTheDistinctKeysAndKeepsTheOrder()
    {
        lock (Warehouse.Calls) Warehouse.Calls.Clear();

        var json = await Run(Nodes(Id("Warehouse", 3), Id("Shop", 1), Id("Warehouse", 99), Id("Warehouse", 1), Id("Warehouse", 3)));

        Assert.Equal(
            "{\"data\":{\"nodes\":[" +
            $"{{\"__typename\":\"Warehouse\",\"id\":\"{Id("Warehouse", 3)}\"}},{{\"__typename\":\"Shop\",\"id\":\"{Id("Shop", 1)}\"}},null," +
            $"{{\"__typename\":\"Warehouse\",\"id\":\"{Id("Warehouse", 1)}\"}},{{\"__typename\":\"Warehouse\",\"id\":\"{Id("Warehouse", 3)}\"}}]}}}}",
            json);
        Assert.Equal([[3, 99, 1]], Warehouse.Calls);
    }

    [Fact]
    public async Task NodeUsesABatchResolverWithOneKey()
    {
        lock (Warehouse.Calls) Warehouse.Calls.Clear();

        Assert.Equal($"{{\"data\":{{\"node\":{{\"id\":\"{Id("Warehouse", 7)}\"}}}}}}", await Run($"{{ node(id: \"{Id("Warehouse", 7)}\") {{ id }} }}"));
        Assert.Equal([[7]], Warehouse.Calls);
    }

    [Fact]
    public async Task NodesWithTenIdsOfADataLoaderBackedTypeFetchOnce()
    {
        lock (CourierLoader.Batches) CourierLoader.Batches.Clear();
        var ids = Enumerable.Range(1, 10).Select(i => Id("Courier", i)).Append(Id("Courier", 77)).ToArray();

        var json = await Run(Nodes(ids));

        Assert.True(CourierLoader.Batches.Count == 1, json);
        Assert.Equal([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 77]], CourierLoader.Batches);
        Assert.EndsWith($"{{\"__typename\":\"Courier\",\"id\":\"{Id("Courier", 10)}\"}},null]}}}}", json);
    }

    [Fact]
    public async Task AnInvalidIdAmongOthersFailsTheFieldBeforeAnythingLoads()
    {
        lock (Warehouse.Calls) Warehouse.Calls.Clear();

        var json = await Run(Nodes(Id("Warehouse", 1), "not-an-id"));

        var error = Assert.Single(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("The ID \"not-an-id\" is not a valid global ID.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(Warehouse.Calls);
    }
}
