namespace GraphQL.Types;

/// <summary>
/// The type system validation of spec §3 (names, fields, interface implementation, unions, enums,
/// input objects and their cycles, directives). Being written: see the type-system issue.
/// </summary>
internal static class SchemaValidator
{
    public static void ThrowIfInvalid(Schema schema)
    {
        _ = schema;
    }
}
