using System.Text.Json;
using GraphQL.Data.Filtering;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Relay;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

[Node]
public sealed class Atelier
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";

    public static Atelier? Get(Guid id) => IdFilterData.Ateliers.FirstOrDefault(a => a.Id == id);
}

[Node]
public sealed class Garment
{
    public int Id { get; init; }
    public string Name { get; init; } = "";

    /// <summary>A foreign key marked as the ID of another node type.</summary>
    [ID<Atelier>]
    public Guid AtelierId { get; init; }

    public Atelier Atelier { get; init; } = null!;

    /// <summary>A raw key bound to global IDs by the filter type rather than an attribute.</summary>
    public int SeasonId { get; init; }

    public static Garment? Get(int id) => IdFilterData.Garments.FirstOrDefault(g => g.Id == id);
}

public sealed class GarmentFilter : FilterInputType<Garment>
{
    protected override void Configure(IFilterInputTypeDescriptor<Garment> descriptor) =>
        descriptor.Name("GarmentSeasonFilter").BindFieldsExplicitly().Field(g => g.Id).Field(g => g.Atelier).IdField(g => g.SeasonId, "Season", "season");
}

public static class IdFilterData
{
    public static readonly Atelier[] Ateliers = { new() { Id = new Guid(1, 0, 0, new byte[8]), Name = "Lisbon" }, new() { Id = new Guid(2, 0, 0, new byte[8]), Name = "Porto" } };

    public static readonly Garment[] Garments =
    {
        new() { Id = 1, Name = "Coat", AtelierId = Ateliers[0].Id, Atelier = Ateliers[0], SeasonId = 7 },
        new() { Id = 2, Name = "Dress", AtelierId = Ateliers[1].Id, Atelier = Ateliers[1], SeasonId = 8 },
        new() { Id = 3, Name = "Scarf", AtelierId = Ateliers[1].Id, Atelier = Ateliers[1], SeasonId = 7 },
    };
}

public sealed class IdFilterQuery
{
    [UseFiltering]
    public IQueryable<Garment> GetGarments() => IdFilterData.Garments.AsQueryable();

    [UseFiltering(typeof(GarmentFilter))]
    public IQueryable<Garment> GetGarmentsBySeason() => IdFilterData.Garments.AsQueryable();
}

public sealed class IdFilteringTests
{
    private static readonly IRequestExecutor s_executor = new ServiceCollection()
        .AddGraphQL().AddQueryType<IdFilterQuery>().AddGlobalObjectIdentification().Services
        .BuildServiceProvider().GetRequiredService<IRequestExecutor>();

    private static readonly string s_lisbon = GlobalId.Encode("Atelier", IdFilterData.Ateliers[0].Id);
    private static readonly string s_porto = GlobalId.Encode("Atelier", IdFilterData.Ateliers[1].Id);

    private static async Task<JsonElement> Run(string query) =>
        JsonDocument.Parse(ExecutionResultWriter.ToJson(await s_executor.ExecuteAsync(new GraphQLRequest { Query = query }))).RootElement;

    private static async Task<string> Names(string field, string where) =>
        (await Run("{ " + field + "(where: " + where + ") { name } }")).GetProperty("data").GetProperty(field).GetRawText();

    private static GraphQLType FieldType(InputObjectType type, string name) => type.Fields.Single(f => f.Name == name).Type;

    [Fact]
    public void NodeKeysAndIdPropertiesAreFilteredWithIdOperationFilterInput()
    {
        var schema = s_executor.Schema;

        Assert.Equal(
            """
            input IdOperationFilterInput {
              and: [IdOperationFilterInput!]
              or: [IdOperationFilterInput!]
              eq: ID
              neq: ID
              in: [ID!]
              nin: [ID!]
            }
            """,
            SchemaPrinter.PrintType(schema.GetType("IdOperationFilterInput")!));
        var garment = (InputObjectType)schema.GetType("GarmentFilterInput")!;
        Assert.Equal("IdOperationFilterInput", FieldType(garment, "id").ToString());
        Assert.Equal("IdOperationFilterInput", FieldType(garment, "atelierId").ToString());
        Assert.Equal("IntOperationFilterInput", FieldType(garment, "seasonId").ToString());
        Assert.Equal("IdOperationFilterInput", FieldType((InputObjectType)schema.GetType("AtelierFilterInput")!, "id").ToString());
        Assert.Equal("IdOperationFilterInput", FieldType((InputObjectType)schema.GetType("GarmentSeasonFilter")!, "season").ToString());
    }

    [Fact]
    public async Task EachOperationComparesTheDecodedKeys()
    {
        Assert.Equal("""[{"name":"Dress"}]""", await Names("garments", "{ id: { eq: \"" + GlobalId.Encode("Garment", 2) + "\" } }"));
        Assert.Equal("""[{"name":"Coat"},{"name":"Scarf"}]""", await Names("garments", "{ id: { neq: \"" + GlobalId.Encode("Garment", 2) + "\" } }"));
        Assert.Equal("""[{"name":"Coat"},{"name":"Scarf"}]""", await Names("garments", "{ id: { in: [\"" + GlobalId.Encode("Garment", 1) + "\", \"" + GlobalId.Encode("Garment", 3) + "\"] } }"));
        Assert.Equal("""[{"name":"Dress"}]""", await Names("garments", "{ id: { nin: [\"" + GlobalId.Encode("Garment", 1) + "\", \"" + GlobalId.Encode("Garment", 3) + "\"] } }"));
    }

    [Fact]
    public async Task NestedNodeKeysIdPropertiesAndConfiguredFieldsTakeTheIdsTheApiGives()
    {
        var ids = (await Run("{ garments { atelierId atelier { id } } }")).GetProperty("data").GetProperty("garments")[1];
        Assert.Equal(s_porto, ids.GetProperty("atelierId").GetString());
        Assert.Equal(s_porto, ids.GetProperty("atelier").GetProperty("id").GetString());

        Assert.Equal("""[{"name":"Coat"}]""", await Names("garments", "{ atelier: { id: { eq: \"" + s_lisbon + "\" } } }"));
        Assert.Equal("""[{"name":"Dress"},{"name":"Scarf"}]""", await Names("garments", "{ atelierId: { in: [\"" + s_porto + "\"] } }"));
        Assert.Equal("""[{"name":"Coat"},{"name":"Scarf"}]""", await Names("garmentsBySeason", "{ season: { eq: \"" + GlobalId.Encode("Season", 7) + "\" } }"));
    }

    [Theory]
    [InlineData("{ atelier: { id: { eq: \"R2FybWVudDox\" } } }", "The ID \"R2FybWVudDox\" is not a \"Atelier\" ID.")]
    [InlineData("{ id: { in: [\"R2FybWVudDox\", \"QXRlbGllcjox\"] } }", "The ID \"QXRlbGllcjox\" is not a \"Garment\" ID.")]
    [InlineData("{ id: { eq: \"not an id\" } }", "The ID \"not an id\" is not a valid global ID.")]
    [InlineData("{ id: { eq: \"R2FybWVudDp4\" } }", "The ID \"R2FybWVudDp4\" is not a valid global ID.")]
    public async Task AnIdOfAnotherTypeOrNoIdAtAllIsACleanError(string where, string message)
    {
        var response = await Run("{ garments(where: " + where + ") { name } }");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(RelayErrorCodes.InvalidId, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task EqNullStillMeansNoValue()
    {
        Assert.Equal("[]", await Names("garments", "{ id: { eq: null } }"));
    }
}
