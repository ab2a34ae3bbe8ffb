using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// Literal input coercion for execution (graphql-js <c>valueFromAST</c>), on top of GraphQL.Types'
/// <see cref="ValueCoercion.CoerceInputLiteral"/>: false when the literal does not fit the type.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>The coerced default value of an argument or input field (computed once per definition).</summary>
    public static object? GetDefaultValue(InputValueDefinition definition) => definition.CoercedDefaultValue;

    public static bool TryCoerce(
        ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        try
        {
            value = ValueCoercion.CoerceInputLiteral(node, type, variables);
            return true;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }
}
