using System.Linq;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class BuiltInDirectivesTests
{
    [Fact]
    public void TheFiveDirectivesHaveTheSpecifiedArgumentsAndLocations()
    {
        Assert.Equal("if: Boolean!", BuiltInDirectives.Skip.Arguments.Single().ToString());
        Assert.Equal("if: Boolean!", BuiltInDirectives.Include.Arguments.Single().ToString());
        Assert.Equal(
            DirectiveLocation.Field | DirectiveLocation.FragmentSpread | DirectiveLocation.InlineFragment,
            BuiltInDirectives.Skip.Locations);
        Assert.Equal("\"No longer supported\"", ValueCoercion.PrintDefaultValue(BuiltInDirectives.Deprecated.Arguments.Single()));
        Assert.Equal(
            new[] { "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE" },
            DirectiveLocations.InDefinitionOrder(BuiltInDirectives.Deprecated).Select(DirectiveLocations.GetName));
        Assert.Equal("url: String!", BuiltInDirectives.SpecifiedBy.Arguments.Single().ToString());
        Assert.Equal(DirectiveLocation.InputObject, BuiltInDirectives.OneOf.Locations);
        Assert.Empty(BuiltInDirectives.OneOf.Arguments);
        Assert.All(BuiltInDirectives.All, d => Assert.True(d.IsBuiltIn));
        Assert.All(BuiltInDirectives.All, d => Assert.False(d.IsRepeatable));
    }

    [Fact]
    public void ASchemaMayRedefineABuiltInDirectiveByName()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } directive @deprecated(reason: String!) on FIELD_DEFINITION");

        Assert.NotSame(BuiltInDirectives.Deprecated, schema.GetDirective("deprecated"));
        Assert.Equal(5, schema.Directives.Count);
        Assert.Contains("directive @deprecated(reason: String!) on FIELD_DEFINITION", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void NonRepeatableDirectivesCountOnceAcrossTheSchemaDefinitionAndItsExtensions()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(
            "directive @d on SCHEMA schema @d { query: Q } extend schema @d type Q { a: Int }"));

        Assert.Equal("The directive \"@d\" can only be used once at this location.", Assert.Single(ex.Errors));
    }

    [Fact]
    public void RepeatableDirectivesMayRepeat()
    {
        var schema = SchemaBuilder.FromSdl("directive @d repeatable on OBJECT type Query @d @d { a: Int } extend type Query @d");

        Assert.Equal(3, schema.QueryType.Directives.Count);
    }
}
