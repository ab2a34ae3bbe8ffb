using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// graphql-js <c>astFromValue</c>: a runtime value of an input type written as a literal, for default
/// values in SDL and introspection. Not on a request's hot path (reflection is used only to read
/// code-first input objects that are not dictionaries).
/// </summary>
internal static class ValueToLiteralConverter
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null) return NullValueNode.Default;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items && value is not string && value is not IDictionary
                    && value is not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        var node = Convert(item, list.OfType);
                        if (node is not null) nodes.Add(node);
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);

            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (!TryGetField(value, field, out var fieldValue)) continue;
                    var node = Convert(fieldValue, field.Type);
                    if (node is not null) fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                }

                return new ObjectValueNode(fields);

            case EnumType enumType:
                var definition = enumType.GetValueByRuntimeValue(value)
                    ?? (value is string name ? enumType.GetValue(name) : null);
                return definition is null ? null : new EnumValueNode(definition.Name);

            case ScalarType scalar:
                return scalar.ToLiteral(value);

            default:
                return null;
        }
    }

    private static bool TryGetField(object value, InputValueDefinition field, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                return ro.TryGetValue(field.Name, out fieldValue);
            case IDictionary<string, object?> rw:
                return rw.TryGetValue(field.Name, out fieldValue);
        }

        var property = value.GetType().GetProperty(
            field.RuntimeName ?? field.Name,
            BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            fieldValue = null;
            return false;
        }

        fieldValue = property.GetValue(value);
        return true;
    }
}
