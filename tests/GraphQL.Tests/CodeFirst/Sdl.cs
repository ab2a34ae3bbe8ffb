using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>
/// The schema's object, interface, union, enum and input types printed by <see cref="SchemaPrinter"/>,
/// in its order (by name). Scalars are left out: the toolkit's scalars carry long descriptions that
/// would drown the shapes these tests are about (<see cref="PrintedSchemaTests"/> shows them).
/// </summary>
internal static class Sdl
{
    public static string Print(Schema schema)
    {
        var types = schema.Types
            .Where(t => t is not ScalarType && !Introspection.IsIntrospectionType(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(SchemaPrinter.PrintType);
        return string.Join("\n\n", types) + "\n";
    }

    public static string PrintType(NamedType type) => SchemaPrinter.PrintType(type);
}
