using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>Turns coerced input object fields into the runtime value: the type's factory, or the dictionary itself.</summary>
internal static class InputObjectFactory
{
    public static object Create(InputObjectType type, Dictionary<string, object?> fields) =>
        type.Factory is { } factory ? factory(fields) : fields;
}
