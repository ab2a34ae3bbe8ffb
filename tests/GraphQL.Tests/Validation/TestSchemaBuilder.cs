using GraphQL.Types;

namespace GraphQL.Tests.Validation;

/// <summary>Builds the schemas of the validation tests from SDL, as graphql-js's tests do with buildSchema.</summary>
internal static class TestSchemaBuilder
{
    public static Schema FromSdl(string sdl) => SchemaBuilder.FromSdl(sdl);
}
