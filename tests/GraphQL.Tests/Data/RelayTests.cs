using System.Text.Json;
using GraphQL.Data.Paging;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

[Node]
public sealed class Shop
{
    public int Id { get; init; }
    public string Name { get; init; } = "";

    [NodeResolver]
    public static Shop? GetById(int id) => RelayData.Shops.FirstOrDefault(s => s.Id == id);
}

[Node(NodeResolverType = typeof(SupplierLoader))]
public sealed class Supplier
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";

    [ID(nameof(Shop))]
    public int ShopId { get; init; }
}

/// <summary>Created from the request's services for each load: a DI-resolved node resolver.</summary>
public sealed class SupplierLoader
{
    public Task<Supplier?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(RelayData.Suppliers.FirstOrDefault(s => s.Id == id));
}

public static class RelayData
{
    public static readonly Shop[] Shops = { new() { Id = 1, Name = "Lisbon" }, new() { Id = 2, Name = "Porto" } };

    public static readonly Supplier[] Suppliers = { new() { Id = new Guid(10, 0, 0, new byte[8]), Name = "Looms", ShopId = 2 } };
}

public sealed class RelayQuery
{
    public Shop[] GetShops() => RelayData.Shops;

    public Supplier[] GetSuppliers() => RelayData.Suppliers;

    public Shop? GetShopById([ID(nameof(Shop))] int id) => RelayData.Shops.FirstOrDefault(s => s.Id == id);

    [UsePaging]
    public IQueryable<Shop> GetShopPages() => RelayData.Shops.AsQueryable();
}

public sealed class RelayMutations
{
    [UseMutationConvention]
    public Shop RenameShop([ID(nameof(Shop))] int id, string name) => new() { Id = id, Name = name };
}

public sealed class RelayTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection()
        .AddGraphQL().AddQueryType<RelayQuery>().AddMutationType<RelayMutations>().AddGlobalObjectIdentification().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    private static async Task<string> Run(string query) =>
        ExecutionResultWriter.ToJson(await s_executor.ExecuteAsync(new GraphQLRequest { Query = query }));

    private static async Task<JsonElement> Error(string query)
    {
        var response = JsonDocument.Parse(await Run(query)).RootElement;
        return Assert.Single(response.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task NodeIdsAndIdPropertiesAreOpaqueGlobalIds()
    {
        Assert.Equal(
            """{"data":{"shops":[{"id":"U2hvcDox","name":"Lisbon"},{"id":"U2hvcDoy","name":"Porto"}],"suppliers":[{"id":"U3VwcGxpZXI6MDAwMDAwMGEtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw","shopId":"U2hvcDoy"}]}}""",
            await Run("{ shops { id name } suppliers { id shopId } }"));
    }

    [Fact]
    public async Task NodeRefetchesAnyNodeTypeByItsGlobalId()
    {
        Assert.Equal(
            """{"data":{"a":{"__typename":"Shop","name":"Porto"},"b":{"__typename":"Supplier","name":"Looms"},"c":null}}""",
            await Run("""{ a: node(id: "U2hvcDoy") { __typename ... on Shop { name } } b: node(id: "U3VwcGxpZXI6MDAwMDAwMGEtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { __typename ... on Supplier { name } } c: node(id: "U2hvcDo5OQ==") { id } }"""));
    }

    [Fact]
    public async Task NodesReturnsOneEntryPerIdInOrder()
    {
        Assert.Equal(
            """{"data":{"nodes":[{"id":"U2hvcDoy"},null,{"id":"U2hvcDox"}]}}""",
            await Run("""{ nodes(ids: ["U2hvcDoy", "U2hvcDo5OQ==", "U2hvcDox"]) { id } }"""));
    }

    [Fact]
    public async Task AnIdArgumentAcceptsAGlobalIdOfItsType()
    {
        Assert.Equal("""{"data":{"shopById":{"name":"Lisbon"}}}""", await Run("""{ shopById(id: "U2hvcDox") { name } }"""));
    }

    [Fact]
    public async Task AnIdArgumentRejectsAnIdOfAnotherType()
    {
        var error = await Error("""{ shopById(id: "QnJhbmQ6MQ==") { name } }""");

        Assert.Equal("The ID \"QnJhbmQ6MQ==\" is not a \"Shop\" ID.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("not base64!")]
    [InlineData("U2hvcDp4")]
    [InlineData("")]
    public async Task AMalformedIdIsACleanError(string id)
    {
        var argument = await Error("{ shopById(id: \"" + id + "\") { name } }");
        var node = await Error("{ node(id: \"" + id + "\") { id } }");

        Assert.Equal($"The ID \"{id}\" is not a valid global ID.", argument.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", argument.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal($"The ID \"{id}\" is not a valid global ID.", node.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnIdFieldOfAMutationInputIsDecodedToo()
    {
        Assert.Equal(
            """{"data":{"renameShop":{"shop":{"id":"U2hvcDox","name":"Braga"}}}}""",
            await Run("""mutation { renameShop(input: { id: "U2hvcDox", name: "Braga" }) { shop { id name } } }"""));
    }

    [Fact]
    public async Task NodesRefusesMoreIdsThanItLoadsAtOnce()
    {
        var ids = string.Join(", ", Enumerable.Repeat("\"U2hvcDox\"", 101));

        var error = await Error("{ nodes(ids: [" + ids + "]) { id } }");

        Assert.Equal("\"nodes\" takes at most 100 IDs, but 101 were given.", error.GetProperty("message").GetString());
        Assert.Equal("NODES_TOO_MANY_IDS", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PagingCursorsAreUnaffectedByGlobalIds()
    {
        var first = JsonDocument.Parse(await Run("{ shopPages(first: 1) { nodes { id } pageInfo { endCursor } } }")).RootElement.GetProperty("data").GetProperty("shopPages");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        Assert.Equal("""[{"id":"U2hvcDox"}]""", first.GetProperty("nodes").GetRawText());
        Assert.Equal("""{"data":{"shopPages":{"nodes":[{"id":"U2hvcDoy"}]}}}""", await Run("{ shopPages(first: 1, after: \"" + cursor + "\") { nodes { id } } }"));
    }

    [Fact]
    public void TheSchemaHasTheNodeInterfaceAndTheNodeFields()
    {
        var schema = s_executor.Schema;

        Assert.Equal(
            """"
            """An object with a globally unique ID, which `node(id:)` refetches."""
            interface Node {
              """The globally unique ID of the object."""
              id: ID!
            }
            """",
            SchemaPrinter.PrintType(schema.GetType("Node")!));
        Assert.Equal(new[] { "Node" }, ((ObjectType)schema.GetType("Shop")!).Interfaces.Select(i => i.Name));
        Assert.Equal(new[] { "Node" }, ((ObjectType)schema.GetType("Supplier")!).Interfaces.Select(i => i.Name));
        Assert.Equal("Node", schema.QueryType.Fields["node"]!.Type.ToString());
        Assert.Equal("ID!", schema.QueryType.Fields["node"]!.Arguments[0].Type.ToString());
        Assert.Equal("[Node]!", schema.QueryType.Fields["nodes"]!.Type.ToString());
        Assert.Equal("[ID!]!", schema.QueryType.Fields["nodes"]!.Arguments[0].Type.ToString());
    }
}
