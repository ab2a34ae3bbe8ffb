using System.Collections;
using System.Collections.Generic;
using System.Linq;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        "Shop"
        schema { query: Query }
        type Query implements Node {
          id: ID!
          product(id: ID!, currency: Currency = EUR, price: Float = 1.0): Product
          old: Int @deprecated(reason: "gone")
        }
        interface Node { id: ID! }
        type Product implements Node { id: ID! }
        union Result = Product
        enum Currency { EUR USD @deprecated }
        input Filter @oneOf { a: Int b: Int @deprecated }
        scalar Json @specifiedBy(url: "https://example.com")
        directive @tag(name: String) repeatable on FIELD_DEFINITION | OBJECT
        extend type Query { r: Result f(filter: Filter): Json }
        """);

    private static object? Resolve(ObjectType type, string field, object? parent, Dictionary<string, object?>? args = null) =>
        type.Fields[field]!.PureResolver!(new FakeResolverContext(Schema, parent, args));

    private static List<string> Names(object? list) =>
        ((IEnumerable)list!).Cast<object>().Select(x => x switch
        {
            NamedType t => t.Name,
            FieldDefinition f => f.Name,
            InputValueDefinition i => i.Name,
            EnumValueDefinition e => e.Name,
            DirectiveDefinition d => d.Name,
            _ => x.ToString()!,
        }).ToList();

    private static readonly Dictionary<string, object?> IncludeDeprecated = new() { ["includeDeprecated"] = true };
    private static readonly Dictionary<string, object?> ExcludeDeprecated = new() { ["includeDeprecated"] = false };

    [Fact]
    public void SchemaFieldsReadTheSchema()
    {
        var type = Introspection.SchemaType;

        Assert.Equal("Shop", Resolve(type, "description", Schema));
        Assert.Same(Schema.QueryType, Resolve(type, "queryType", Schema));
        Assert.Null(Resolve(type, "mutationType", Schema));
        Assert.Contains("__Schema", Names(Resolve(type, "types", Schema)));
        Assert.Equal(new[] { "tag", "include", "skip", "deprecated", "specifiedBy", "oneOf" }, Names(Resolve(type, "directives", Schema)));
    }

    [Fact]
    public void TypeFieldsDescribeEachKind()
    {
        var type = Introspection.TypeType;
        var query = Schema.QueryType;

        Assert.Equal(TypeKind.Object, Resolve(type, "kind", query));
        Assert.Equal(TypeKind.NonNull, Resolve(type, "kind", query.Fields["id"]!.Type));
        Assert.Equal("Query", Resolve(type, "name", query));
        Assert.Null(Resolve(type, "name", query.Fields["id"]!.Type));
        Assert.Same(BuiltInScalars.ID, Resolve(type, "ofType", query.Fields["id"]!.Type));
        Assert.Equal(new[] { "id", "product", "r", "f" }, Names(Resolve(type, "fields", query, ExcludeDeprecated)));
        Assert.Equal(new[] { "id", "product", "old", "r", "f" }, Names(Resolve(type, "fields", query, IncludeDeprecated)));
        Assert.Equal(new[] { "Node" }, Names(Resolve(type, "interfaces", query)));
        Assert.Null(Resolve(type, "fields", BuiltInScalars.Int, ExcludeDeprecated));
        Assert.Equal(new[] { "Query", "Product" }.OrderBy(x => x), Names(Resolve(type, "possibleTypes", Schema.GetType("Node")!)).OrderBy(x => x));
        Assert.Equal(new[] { "Product" }, Names(Resolve(type, "possibleTypes", Schema.GetType("Result")!)));
        Assert.Equal(new[] { "EUR" }, Names(Resolve(type, "enumValues", Schema.GetType("Currency")!, ExcludeDeprecated)));
        Assert.Equal(new[] { "EUR", "USD" }, Names(Resolve(type, "enumValues", Schema.GetType("Currency")!, IncludeDeprecated)));
        Assert.Equal(new[] { "a" }, Names(Resolve(type, "inputFields", Schema.GetType("Filter")!, ExcludeDeprecated)));
        Assert.Equal(true, Resolve(type, "isOneOf", Schema.GetType("Filter")!));
        Assert.Null(Resolve(type, "isOneOf", query));
        Assert.Equal("https://example.com", Resolve(type, "specifiedByURL", Schema.GetType("Json")!));
    }

    [Fact]
    public void FieldsArgumentsAndDefaultValuesAreDescribed()
    {
        var product = Schema.QueryType.Fields["product"]!;
        var old = Schema.QueryType.Fields["old"]!;

        Assert.Equal(new[] { "id", "currency", "price" }, Names(Resolve(Introspection.FieldType, "args", product, ExcludeDeprecated)));
        Assert.Equal(true, Resolve(Introspection.FieldType, "isDeprecated", old));
        Assert.Equal("gone", Resolve(Introspection.FieldType, "deprecationReason", old));
        Assert.Equal("EUR", Resolve(Introspection.InputValueType, "defaultValue", product.Arguments[1]));
        Assert.Equal("1", Resolve(Introspection.InputValueType, "defaultValue", product.Arguments[2]));
        Assert.Null(Resolve(Introspection.InputValueType, "defaultValue", product.Arguments[0]));
    }

    [Fact]
    public void DirectivesAreDescribed()
    {
        var tag = Schema.GetDirective("tag")!;
        var deprecated = Schema.GetDirective("deprecated")!;

        Assert.Equal(true, Resolve(Introspection.DirectiveType, "isRepeatable", tag));
        Assert.Equal(new object[] { DirectiveLocation.FieldDefinition, DirectiveLocation.Object }, (object[])Resolve(Introspection.DirectiveType, "locations", tag)!);
        Assert.Equal("\"No longer supported\"", Resolve(Introspection.InputValueType, "defaultValue", deprecated.Arguments[0]));
    }

    [Fact]
    public void MetaFieldsResolveFromTheContext()
    {
        Assert.Same(Schema, Introspection.SchemaField.PureResolver!(new FakeResolverContext(Schema, null)));
        Assert.Same(Schema.GetType("Product"), Introspection.TypeField.PureResolver!(new FakeResolverContext(Schema, null, new() { ["name"] = "Product" })));
        Assert.Null(Introspection.TypeField.PureResolver!(new FakeResolverContext(Schema, null, new() { ["name"] = "Nope" })));
        Assert.Equal("Query", Introspection.TypeNameField.PureResolver!(new FakeResolverContext(Schema, null)));
    }

    [Fact]
    public void IntrospectionTypesAreBuiltInAndNotPrinted()
    {
        Assert.All(Introspection.Types, t => Assert.True(t.IsBuiltIn));
        Assert.DoesNotContain("__", SchemaPrinter.Print(Schema));
    }

    [Fact]
    public void TypeKindAndDirectiveLocationEnumsSerializeToTheirNames()
    {
        Assert.Equal("INPUT_OBJECT", Introspection.TypeKindType.Serialize(TypeKind.InputObject));
        Assert.Equal("FIELD_DEFINITION", Introspection.DirectiveLocationType.Serialize(DirectiveLocation.FieldDefinition));
    }
}
