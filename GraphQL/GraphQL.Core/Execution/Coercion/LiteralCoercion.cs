using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// Coerces a literal of the document to a runtime value of an input type (spec §3.5–§3.12 "Input
/// Coercion" of literals; graphql-js <c>valueFromAST</c>). Variables inside the literal take their
/// coerced values. Returns false for an invalid literal; validation reports why.
/// </summary>
internal static class LiteralCoercion
{
    private static readonly ConditionalWeakTable<InputValueDefinition, StrongBox<object?>> DefaultValues = new();

    /// <summary>The coerced default value of an argument or input field (computed once per definition).</summary>
    public static object? GetDefaultValue(InputValueDefinition definition)
    {
        if (DefaultValues.TryGetValue(definition, out var box)) return box.Value;
        TryCoerce(definition.DefaultValue!, definition.Type, null, out var value);
        DefaultValues.AddOrUpdate(definition, new StrongBox<object?>(value));
        return value;
    }

    public static bool TryCoerce(
        ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value)) return false;
            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode) return true;

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(node, inputObject, variables, out value);
            case EnumType enumType:
                if (node is not EnumValueNode e || enumType.GetValue(e.Value) is not { } enumValue) return false;
                value = enumValue.Value;
                return true;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node);
                    return true;
                }
                catch (CoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (node is not ListValueNode listNode)
        {
            // Input coercion of a single value to a list of one (spec §3.12).
            if (!TryCoerce(node, itemType, variables, out var single)) return false;
            value = new[] { single };
            return true;
        }

        var items = new object?[listNode.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = listNode.Items[i];
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType) return false;
                continue;
            }

            if (!TryCoerce(itemNode, itemType, variables, out items[i])) return false;
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(
        ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode) return false;
        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue) coerced[field.Name] = GetDefaultValue(field);
                else if (field.Type is NonNullType) return false;
                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            // Spec §3.10.1: exactly one field, and it is not null.
            if (coerced.Count != 1) return false;
            foreach (var pair in coerced)
            {
                if (pair.Value is null) return false;
            }
        }

        value = InputObjectFactory.Create(type, coerced);
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
}
