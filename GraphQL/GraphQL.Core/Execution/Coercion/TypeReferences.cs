using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>typeFromAST: the schema type a type reference of the document names, or null when unknown.</summary>
internal static class TypeReferences
{
    public static GraphQLType? FromSyntax(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nn => FromSyntax(schema, nn.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => FromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    /// <summary>The reference as written: <c>[Int!]!</c>.</summary>
    public static string Print(TypeNode node) => node switch
    {
        NonNullTypeNode nn => Print(nn.Type) + "!",
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => string.Empty,
    };
}
