using System;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    [Theory]
    [InlineData("type Query { a: Int } type __Bad { a: Int } extend type Query { b: __Bad }", "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Empty } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: I } interface I", "Type I must define one or more fields.")]
    [InlineData("type Query { a: In } input In { b: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } input In { b: Query }  extend type Query { c(i: In): Int }", "The type of In.b must be Input Type but got: Query.")]
    [InlineData("type Query { a(i: In): Int } input In { b: Int! @deprecated }", "Required input field In.b cannot be deprecated.")]
    [InlineData("type Query { a(i: In): Int } input In", "Input Object type In must define one or more fields.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { b: Int! c: Int }", "OneOf input field In.b must be nullable.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { b: Int = 1 c: Int }", "OneOf input field In.b cannot have a default value.")]
    [InlineData("type Query { a(i: In): Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { c: C! } input C { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".")]
    [InlineData("type Query { a: U } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: U } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a: E } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query implements I { b: Int } interface I { a: Int }", "Interface field I.a expected but Query does not provide it.")]
    [InlineData("type Query implements I { a: String } interface I { a: Int }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("type Query implements I { a: Int } interface I { a(x: Int): Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("type Query implements I { a(x: String): Int } interface I { a(x: Int): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String.")]
    [InlineData("type Query implements I { a(y: Int!): Int } interface I { a: Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a.")]
    [InlineData("type Query implements I { a: Int } interface I implements J { a: Int } interface J { a: Int }", "Type Query must implement J because it is implemented by I.")]
    [InlineData("type Query implements I & I { a: Int } interface I { a: Int }", "Type Query can only implement I once.")]
    [InlineData("type Query { a: I } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: I } interface I implements J { a: Int } interface J implements I { a: Int }", "Type I cannot implement J because it would create a circular reference.")]
    [InlineData("type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", "Required argument @d(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } directive @__d on FIELD", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    public void InvalidTypeSystemsAreRejectedWithGraphQLJsMessages(string sdl, string expected)
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.Contains(expected, ex.Errors);
    }

    [Fact]
    public void CovariantFieldTypesAndOptionalExtraArgumentsAreValidImplementations()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query implements I { a(x: Int, extra: Int): Impl! list: [Impl!]! u: Impl }
            interface I { a(x: Int): Node list: [Node] u: U }
            interface Node { id: ID }
            type Impl implements Node { id: ID }
            union U = Impl
            """);

        Assert.Equal("Query", schema.QueryType.Name);
    }

    [Fact]
    public void AllProblemsAreReportedTogether()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: E b: U } enum E union U"));

        Assert.Equal(
            new[] { "Enum type E must define one or more values.", "Union type U must define one or more member types." },
            ex.Errors);
    }

    [Fact]
    public void EnumValuesNamedTrueFalseOrNullAreRejected()
    {
        var query = new ObjectType("Query", () => new[]
        {
            new FieldDefinition("a", new EnumType("E", new[] { new EnumValueDefinition("true"), new EnumValueDefinition("null") })),
        });

        var ex = Assert.Throws<SchemaException>(() => new Schema(new SchemaOptions { Query = query }));

        Assert.Equal(new[] { "Enum values cannot be named: true", "Enum values cannot be named: null" }, ex.Errors);
    }

    [Fact]
    public void DirectivesWithoutLocationsAreRejected()
    {
        var query = new ObjectType("Query", () => new[] { new FieldDefinition("a", BuiltInScalars.Int) });

        var ex = Assert.Throws<SchemaException>(() => new Schema(new SchemaOptions
        {
            Query = query,
            DirectiveDefinitions = new[] { new DirectiveDefinition("d", DirectiveLocation.None) },
        }));

        Assert.Equal("Directive @d must include 1 or more locations.", Assert.Single(ex.Errors));
    }
}
