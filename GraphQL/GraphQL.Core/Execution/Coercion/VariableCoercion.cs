using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// CoerceVariableValues (spec §6.1.2) with graphql-js's messages. Errors are request errors: the
/// operation does not execute. Codes: <see cref="ErrorCodes.BadUserInput"/>.
/// </summary>
internal static class VariableCoercion
{
    /// <summary>graphql-js stops collecting variable errors at this many.</summary>
    private const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0) return ArgumentCoercion.Empty;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(GraphQLError.WithCode(
                    "Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeReferences.FromSyntax(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.WithCode(
                    $"Variable \"${name}\" expected value of type \"{TypeReferences.Print(definition.Type)}\" which cannot be used as an input type.",
                    ErrorCodes.BadUserInput, definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    LiteralCoercion.TryCoerce(definition.DefaultValue, type, null, out var defaultValue);
                    coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.WithCode(
                        $"Variable \"${name}\" of required type \"{type}\" was not provided.", ErrorCodes.BadUserInput, definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLError.WithCode(
                    $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", ErrorCodes.BadUserInput, definition));
                continue;
            }

            var messages = new List<string>();
            coerced[name] = ValueCoercion.CoerceVariableValue(name, value, type, messages);
            foreach (var message in messages) errors.Add(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, definition));
        }

        return coerced;
    }
}
