using System.Text.Json.Nodes;
using GraphQL.Execution;
using GraphQL.Language;
using Microsoft.Extensions.DependencyInjection;
using GraphQL.Types;
using GraphQL.Execution.Serialization;
using GraphQL.Validation;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Our engine set up like the oracle's graphql-js: the schema built from schema.graphql (custom
/// scalars as pass-through scalars, as graphql-js's <c>buildSchema</c> makes them), resolved from
/// data.json by <see cref="ConformanceSchema"/>. Built once per test class.
/// </summary>
public class OurEngine
{
    public OurEngine()
        : this(ConformanceCorpus.SchemaPath, ConformanceSchema.LoadData())
    {
    }

    /// <summary>The engine over the SDL at <paramref name="sdlPath"/>; without <paramref name="data"/> no field resolves (enough for validation and introspection).</summary>
    protected OurEngine(string sdlPath, IReadOnlyDictionary<string, object?>? data)
    {
        Sdl = File.ReadAllText(sdlPath);
        Schema = SchemaBuilder.FromSdl(Sdl, new SchemaBuilderOptions { BindToolkitScalars = false });
        Data = data ?? new Dictionary<string, object?>();
        if (data is not null) ConformanceSchema.AttachResolvers(Schema, data);

        // graphql-js has no depth, cost or field limits: lift ours so that only semantics are compared. The
        // oracle also leaves out graphql-js's non-spec MaxIntrospectionDepthRule, so ours is off as well.
        var services = new ServiceCollection();
        services.AddGraphQL().UseSchema(Schema).ModifyOptions(o =>
        {
            o.MaxDepth = null;
            o.MaxCost = null;
            o.MaxFieldsPerRequest = null;
            o.LimitIntrospectionDepth = false;
        });
        Executor = services.BuildServiceProvider().GetRequiredService<IRequestExecutor>();
    }

    public IRequestExecutor Executor { get; }

    /// <summary>
    /// Runs a case through the whole request pipeline and returns the response as JSON; for a subscription
    /// <c>{ "events": [response, ...] }</c>.
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(OracleCase c)
    {
        var request = new GraphQLRequest
        {
            Query = c.Document,
            OperationName = c.OperationName,
            Variables = (IReadOnlyDictionary<string, object?>?)ConformanceSchema.FromJson(c.Variables),
            RootValue = Data,
        };
        await using var result = await Executor.ExecuteAsync(request);
        if (result.ResponseStream is not { } stream) return (JsonObject)JsonNode.Parse(ExecutionResultWriter.ToJson(result))!;

        // A subscription: the whole (finite) response stream, one response per event, as the oracle records it.
        var events = new JsonArray();
        await foreach (var response in stream) events.Add(JsonNode.Parse(ExecutionResultWriter.ToJson(response)));
        return new JsonObject { ["events"] = events };
    }

    public string Sdl { get; }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Data { get; }

    /// <summary>
    /// Parses and validates like a server: <c>{ errors }</c> for a syntax error (one error) or for
    /// validation errors, an empty object when the document is valid.
    /// </summary>
    public JsonObject ParseAndValidate(string document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException ex)
        {
            return ErrorResult(new JsonObject { ["message"] = ex.Message, ["locations"] = Locations(ex.Line, ex.Column) });
        }

        var result = DocumentValidator.Validate(Schema, parsed);
        if (result.IsValid) return new JsonObject();

        var errors = new JsonArray();
        foreach (var error in result.Errors)
        {
            var locations = new JsonArray();
            foreach (var l in error.Locations) locations.Add(new JsonObject { ["line"] = l.Line, ["column"] = l.Column });
            errors.Add(new JsonObject { ["message"] = error.Message, ["locations"] = locations });
        }

        return new JsonObject { ["errors"] = errors };
    }

    private static JsonObject ErrorResult(JsonObject error) => new() { ["errors"] = new JsonArray(error) };

    private static JsonArray Locations(int line, int column) => new(new JsonObject { ["line"] = line, ["column"] = column });
}
