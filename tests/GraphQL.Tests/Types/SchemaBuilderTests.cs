using System.Linq;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void BuildsRootTypesFromConventionalNames()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello: String } type Mutation { bump: Int }");

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void BuildsRootTypesFromTheSchemaDefinition()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root } type Root { a: Int } type Mutation { b: Int }");

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
    }

    [Fact]
    public void EveryExtensionKindIsMerged()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: Foo }
            interface Node { id: ID! }
            type Foo { id: ID! }
            extend type Foo implements Node @deprecatedish
            directive @deprecatedish on OBJECT
            union U = Foo
            type Bar { x: Int }
            extend union U = Bar
            enum E { A }
            extend enum E { B }
            input I { a: Int }
            extend input I { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com")
            extend schema { mutation: M }
            type M { m(i: I, e: E, u: S): U }
            """);

        var query = (ObjectType)schema.GetType("Query")!;
        Assert.Equal(new[] { "a", "b" }, query.Fields.Select(f => f.Name));
        Assert.Equal("Node", Assert.Single(((ObjectType)schema.GetType("Foo")!).Interfaces).Name);
        Assert.Equal(new[] { "Foo", "Bar" }, ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(new[] { "A", "B" }, ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(new[] { "a", "b" }, ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name));
        Assert.Equal("https://example.com", ((ScalarType)schema.GetType("S")!).SpecifiedByUrl);
        Assert.Equal("M", schema.MutationType!.Name);
    }

    [Fact]
    public void DeprecationOneOfDefaultsAndDescriptionsAreRead()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The root"
            type Query {
              "old field"
              a(x: Int = 3 @deprecated(reason: "use y"), y: Int): Int @deprecated
              b: Int @deprecated(reason: "gone")
              c(o: O): Int
            }
            input O @oneOf { p: Int q: String }
            """);

        var query = (ObjectType)schema.GetType("Query")!;
        Assert.Equal("The root", query.Description);
        var a = query.Fields["a"]!;
        Assert.Equal("old field", a.Description);
        Assert.Equal("No longer supported", a.DeprecationReason);
        Assert.Equal("use y", a.Arguments[0].DeprecationReason);
        Assert.Equal(3, a.Arguments[0].CoercedDefaultValue);
        Assert.Equal("gone", query.Fields["b"]!.DeprecationReason);
        Assert.True(((InputObjectType)schema.GetType("O")!).IsOneOf);
    }

    [Fact]
    public void EverySchemaHasTheBuiltInDirectivesAndIntrospectionTypes()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");

        Assert.Equal(new[] { "include", "skip", "deprecated", "specifiedBy", "oneOf" }, schema.Directives.Select(d => d.Name));
        foreach (var name in new[] { "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation", "String", "Boolean", "Int" })
        {
            Assert.NotNull(schema.GetType(name));
        }
    }

    [Fact]
    public void CustomScalarsPassValuesThroughUnlessMapped()
    {
        var mapped = new PassThroughScalarType("Mapped");
        var options = new SchemaBuilderOptions();
        options.Scalars["Mapped"] = mapped;
        var schema = SchemaBuilder.FromSdl("scalar Json scalar Mapped scalar DateTime type Query { a: Json b: Mapped c: DateTime }", options);

        Assert.IsType<PassThroughScalarType>(schema.GetType("Json"));
        Assert.Same(mapped, schema.GetType("Mapped"));
        Assert.Same(BuiltInScalars.DateTime, schema.GetType("DateTime"));
    }

    [Fact]
    public void ResolversFromOptionsAreAttached()
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["hello"] = _ => "world";
        var schema = SchemaBuilder.FromSdl("type Query { hello: String }", options);

        Assert.Equal("world", schema.QueryType.Fields["hello"]!.PureResolver!(null!));
    }

    [Theory]
    [InlineData("type Query { a: Foo }", "Unknown type \"Foo\".")]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } extend type Foo { b: Int }", "Cannot extend type \"Foo\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend type Quer { b: Int }", "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?")]
    [InlineData("type Query { a: Int } enum E { A } extend input E { b: Int }", "Cannot extend non-input object type \"E\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on FIELD", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Int @foo }", "Unknown directive \"@foo\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("type Query { a: Int } scalar S @specifiedBy", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("schema { query: Q } schema { query: Q } type Q { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Q query: Q } type Q { a: Int }", "There can be only one query type in schema.")]
    [InlineData("type Query implements Int { a: Int }", "Type Query must only implement Interface types, it cannot implement Int.")]
    [InlineData("type Query { a: U } union U = Query | E enum E { A }", "Union type U can only include Object types, it cannot include E.")]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: I } input I { a: Int }", "Query root type must be Object type, it cannot be I.")]
    [InlineData("schema { query: Q mutation: I } type Q { a: Int } input I { a: Int }", "Mutation root type must be Object type if provided, it cannot be I.")]
    public void InvalidSdlIsRejectedWithGraphQLJsMessages(string sdl, string expected)
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.Contains(expected, ex.Errors);
    }

    /// <summary>The parser's 15,000-token default protects servers from hostile operations; a schema file is trusted and may be larger.</summary>
    [Fact]
    public void BuildsASchemaFileOfMoreThanFifteenThousandTokens()
    {
        var sdl = new System.Text.StringBuilder("type Query {\n");
        for (var i = 0; i < 4000; i++) sdl.Append("  field").Append(i).Append(": String\n");
        sdl.Append("}\n");

        var schema = SchemaBuilder.FromSdl(sdl.ToString());

        Assert.Equal(4000, schema.QueryType.Fields.Count);
    }
}
