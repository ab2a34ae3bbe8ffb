using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class BuildErrorTests
{
    public sealed class Foo
    {
        public Dictionary<string, int> Counts { get; set; } = new();
    }

    [QueryType]
    public static class BrokenQueries
    {
        public static object GetThing() => new();

        public static Task<Foo> GetFoo() => Task.FromResult(new Foo());

        public static string Lookup(Func<int> callback) => "";

        public static TimeSpan GetDuration() => TimeSpan.Zero;

        public static void Nothing()
        {
        }
    }

    [QueryType]
    public static class Duplicate
    {
        public static string Thing() => "";
    }

    [QueryType]
    public static class OtherDuplicate
    {
        public static string Thing() => "";
    }

    [QueryType]
    public static class Fine
    {
        public static string Hello() => "hi";
    }

    [Fact]
    public void EveryUnmappableMemberIsReportedInOneExceptionNamingTheMember()
    {
        var exception = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddTypeExtension(typeof(BrokenQueries)).Build());

        Assert.Equal(
            new[]
            {
                "The return type \"Object\" of \"BrokenQueries.GetThing\" cannot be mapped to a GraphQL output type: \"Object\" says nothing about the value's shape; declare a concrete type.",
                "The type \"Func<Int32>\" of parameter \"callback\" of \"BrokenQueries.Lookup\" cannot be mapped to a GraphQL input type: \"Func<Int32>\" is not a data type.",
                "The return type \"TimeSpan\" of \"BrokenQueries.GetDuration\" cannot be mapped to a GraphQL output type: no scalar is bound to \"TimeSpan\"; bind one with BindScalar<TimeSpan>(...).",
                "The return type \"Void\" of \"BrokenQueries.Nothing\" cannot be mapped to a GraphQL output type: the member returns no value.",
                "The type \"Dictionary<String, Int32>\" of \"Foo.Counts\" cannot be mapped to a GraphQL output type: \"Dictionary<String, Int32>\" is a dictionary, which has no GraphQL output type; declare a class with properties.",
            },
            exception.Errors);
    }

    [Fact]
    public void TwoRootClassesDefiningOneFieldAreReported()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            new CodeFirstSchemaBuilder().AddTypeExtension(typeof(Fine)).AddTypeExtension(typeof(Duplicate)).AddTypeExtension(typeof(OtherDuplicate)).Build());

        Assert.Equal(
            "The field \"Query.thing\" is defined by both \"Duplicate.Thing\" and \"OtherDuplicate.Thing\"; rename one with [GraphQLName].",
            Assert.Single(exception.Errors));
    }

    [Fact]
    public void ASchemaWithoutQueryClassesIsReported()
    {
        var exception = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().Build());

        Assert.Equal("The schema has no query type: add a class marked [QueryType] with AddQueryType<T>() (spec §3.3.1).", exception.Message);
    }

    [Fact]
    public void AnExtensionOfATypeThatIsNotInTheSchemaIsReported()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            new CodeFirstSchemaBuilder().AddTypeExtension(typeof(Fine)).AddTypeExtension<ExtendsMissing>().Build());

        Assert.Equal("\"ExtendsMissing\" extends the type \"Missing\", which is not an object type of the schema.", exception.Message);
    }

    [Fact]
    public void ATimeSpanBoundToAScalarMapsWithoutError()
    {
        var schema = new CodeFirstSchemaBuilder().AddTypeExtension(typeof(Durations)).BindScalar<TimeSpan>(new DurationType()).Build();

        Assert.Equal("Duration!", schema.QueryType.Fields["duration"]!.Type.ToString());
    }

    [ExtendObjectType("Missing")]
    public sealed class ExtendsMissing
    {
        public int X() => 1;
    }

    [QueryType]
    public static class Durations
    {
        public static TimeSpan Duration() => TimeSpan.FromSeconds(1);
    }

    private sealed class DurationType : ScalarType
    {
        public DurationType() : base("Duration") { }

        public override object ParseLiteral(GraphQL.Language.ValueNode literal) => TimeSpan.Zero;
        public override object ParseValue(object input) => TimeSpan.Zero;
        public override object Serialize(object value) => value.ToString()!;
        public override GraphQL.Language.ValueNode ToLiteral(object value) => new GraphQL.Language.StringValueNode(value.ToString()!);
    }
}
