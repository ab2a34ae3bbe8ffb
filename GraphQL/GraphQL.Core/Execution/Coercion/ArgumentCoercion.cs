using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// CoerceArgumentValues (spec §6.4.1; graphql-js <c>getArgumentValues</c>): literal values, variable
/// values and defaults. A problem is a field error (thrown as <see cref="ArgumentCoercionException"/>),
/// reported at the argument's value, or at the field when the argument is missing (as graphql-js).
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    /// <summary>True when any argument of the field holds a variable (then arguments are coerced per request).</summary>
    public static bool HasVariables(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (ContainsVariable(argument.Value)) return true;
        }

        return false;
    }

    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        FieldDefinition field, FieldNode node, IReadOnlyDictionary<string, object?> variables) =>
        Coerce(field.Arguments, node.Arguments, variables);

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == name)
                {
                    argument = arguments[i];
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue) coerced[name] = LiteralCoercion.GetDefaultValue(definition);
                else if (type is NonNullType) Throw($"Argument \"{name}\" of required type \"{type}\" was not provided.", null);
                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = LiteralCoercion.GetDefaultValue(definition);
                    else if (type is NonNullType)
                    {
                        Throw($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType) Throw($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            if (!LiteralCoercion.TryCoerce(valueNode, type, variables, out var value))
            {
                Throw($"Argument \"{name}\" has invalid value {LiteralPrinter.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static bool ContainsVariable(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Items)
                {
                    if (ContainsVariable(item)) return true;
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (ContainsVariable(field.Value)) return true;
                }

                return false;
            default:
                return false;
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Throw(string message, ValueNode? value) => throw new ArgumentCoercionException(message, value);
}
