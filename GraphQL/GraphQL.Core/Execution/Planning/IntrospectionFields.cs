using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// The <c>__schema</c> and <c>__type</c> meta fields of the query root (spec §4.1). Their types and
/// resolvers come from the introspection types of GraphQL.Types (branch <c>types</c>); until they
/// are merged the fields are unknown to execution and skipped.
/// </summary>
internal static class IntrospectionFields
{
    public static FieldDefinition? Schema(Types.Schema schema)
    {
        _ = schema;
        return null;
    }

    public static FieldDefinition? Type(Types.Schema schema)
    {
        _ = schema;
        return null;
    }
}
