using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// The <c>__schema</c> and <c>__type</c> meta fields of the query root (spec §4.1), with their
/// resolvers, from the introspection types of GraphQL.Types.
/// </summary>
internal static class IntrospectionFields
{
    public static FieldDefinition? Schema(Types.Schema schema)
    {
        _ = schema;
        return Introspection.SchemaField;
    }

    public static FieldDefinition? Type(Types.Schema schema)
    {
        _ = schema;
        return Introspection.TypeField;
    }
}
