using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class TypeOverrideTests
{
    public sealed class Image
    {
        public string Name { get; init; } = "";
    }

    [QueryType]
    public static class Overrides
    {
        [GraphQLType(typeof(IdType))]
        public static List<int> Ids() => new();

        [GraphQLType("[String!]")]
        public static object Names() => Array.Empty<string>();

        public static string Lookup([GraphQLType("ID!")] string key) => key;

        [GraphQLName("renamed")]
        [GraphQLDescription("Says hello.")]
        public static string Hello([GraphQLName("who")] string name) => name;
    }

    [MutationType]
    public static class Uploads
    {
        public static Image? UploadImage(IUploadedFile file) => null;
    }

    [QueryType]
    public static class UnknownOverride
    {
        [GraphQLType("Money!")]
        public static decimal Price() => 0;
    }

    public sealed class Upload
    {
        public string Name { get; init; } = "";
    }

    [QueryType]
    public static class Clash
    {
        public static Upload? Latest() => null;

        public static bool Store(IUploadedFile file) => true;
    }

    [Fact]
    public void OverridesReplaceTheNamedTypeOrTheWholeType()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(Overrides)).AddMutationType(typeof(Uploads)).Build();

        Assert.Equal(
            """
            type Query {
              ids: [ID!]!
              names: [String!]
              lookup(key: ID!): String!

              "Says hello."
              renamed(who: String!): String!
            }
            """.Replace("\"Says hello.\"", "\"\"\"Says hello.\"\"\"").ReplaceLineEndings("\n"),
            Sdl.PrintType(schema.QueryType));
        Assert.Equal("uploadImage(file: Upload!): Image", Sdl.PrintType(schema.MutationType!).Split('\n')[1].Trim());
    }

    [Fact]
    public void AnOverrideNamingAnUnknownTypeIsReported()
    {
        var exception = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType(typeof(UnknownOverride)).Build());

        Assert.Equal(
            "The return type \"Decimal\" of \"UnknownOverride.Price\" cannot be mapped to a GraphQL output type: Unknown type \"Money\".",
            exception.Message);
    }

    [Fact]
    public void AClassNamedLikeAScalarIsReported()
    {
        var exception = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType(typeof(Clash)).Build());

        Assert.Equal(
            "The type \"IUploadedFile\" of parameter \"file\" of \"Clash.Store\" cannot be mapped to a GraphQL input type: the GraphQL name \"Upload\" is used by two types, the object made from \"Upload\" and the scalar; rename one with [GraphQLName].",
            exception.Message);
    }
}
