using System.Text.Json.Nodes;
using GraphQL.Types;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Our introspection and our SDL printer describe the schema of an SDL file: graphql-js builds a schema
/// from our full introspection result (<c>buildClientSchema</c>), one from the SDL file and one from the
/// SDL we print (<see cref="SchemaPrinter.Print"/>), prints the three, and the prints must be equal.
/// </summary>
internal static class SdlCrossCheck
{
    public static void AssertSameSchema(JsonObject introspection, Schema ours, string sdlPath)
    {
        Assert.False(introspection.ContainsKey("errors"), introspection["errors"]?.ToJsonString());

        var introspectionFile = Path.Combine(Path.GetTempPath(), $"conformance-introspection-{Guid.NewGuid():N}.json");
        var printedFile = Path.Combine(Path.GetTempPath(), $"conformance-printed-{Guid.NewGuid():N}.graphql");
        try
        {
            File.WriteAllText(introspectionFile, introspection.ToJsonString());
            File.WriteAllText(printedFile, SchemaPrinter.Print(ours));
            var prints = JsonNode.Parse(GraphQLJsOracle.RunNode("sdl-check", introspectionFile, sdlPath, printedFile))!;
            var fromIntrospection = (string)prints["fromIntrospection"]!;
            Assert.Equal((string)prints["fromSdl"]![0]!, fromIntrospection);
            Assert.Equal((string)prints["fromSdl"]![1]!, fromIntrospection);
        }
        finally
        {
            File.Delete(introspectionFile);
            File.Delete(printedFile);
        }
    }
}
