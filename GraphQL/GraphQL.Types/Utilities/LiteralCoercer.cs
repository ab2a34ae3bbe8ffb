using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Literal input coercion (graphql-js <c>valueFromAST</c>) with messages as the
/// ValuesOfCorrectType validation rule words them, for callers that skipped validation.
/// </summary>
internal static class LiteralCoercer
{
    public static object? Coerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is VariableNode variable)
        {
            // Variables were coerced already; an absent one is "not provided" and its caller decides.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return type.IsNonNull
                    ? Fail($"Variable \"${variable.Name.Value}\" of required type \"{type}\" was not provided.")
                    : null;
            }

            if (value is null && type.IsNonNull)
            {
                return Fail($"Variable \"${variable.Name.Value}\" of non-null type \"{type}\" must not be null.");
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode) return Fail($"Expected value of type \"{type}\", found null.");
            return Coerce(literal, nonNull.OfType, variables);
        }

        if (literal is NullValueNode) return null;

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var result = new object?[items.Items.Count];
                    for (var i = 0; i < result.Length; i++)
                    {
                        var item = items.Items[i];
                        if (item is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
                        {
                            // A missing variable inside a list is null (spec §6.4.1 via list coercion).
                            if (list.OfType.IsNonNull) Fail($"Variable \"${v.Name.Value}\" of required type \"{list.OfType}\" was not provided.");
                            result[i] = null;
                            continue;
                        }

                        result[i] = Coerce(item, list.OfType, variables);
                    }

                    return result;
                }

                // A single value where a list is expected is a list of one (spec §3.12 "Input Coercion").
                return new[] { Coerce(literal, list.OfType, variables) };

            case InputObjectType input:
                return CoerceObject(literal, input, variables);

            case EnumType enumType:
                try
                {
                    return enumType.ParseLiteral(literal);
                }
                catch (CoercionException ex)
                {
                    return Fail($"Expected value of type \"{type}\", found {LiteralPrinter.Print(literal)}; {ex.Message}");
                }

            case ScalarType scalar:
                var constant = HasVariables(literal) ? Substitute(literal, variables) : literal;
                try
                {
                    return scalar.ParseLiteral(constant);
                }
                catch (CoercionException ex)
                {
                    return Fail($"Expected value of type \"{type}\", found {LiteralPrinter.Print(literal)}; {ex.Message}");
                }

            default:
                return Fail($"Type \"{type}\" is not an input type.");
        }
    }

    private static object CoerceObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not ObjectValueNode obj)
        {
            return Fail($"Expected value of type \"{type}\", found {LiteralPrinter.Print(literal)}.");
        }

        foreach (var given in obj.Fields)
        {
            if (type.GetField(given.Name.Value) is null)
            {
                var names = new List<string>();
                foreach (var f in type.Fields) names.Add(f.Name);
                Fail($"Field \"{given.Name.Value}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(given.Name.Value, names));
            }
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? node = null;
            foreach (var candidate in obj.Fields)
            {
                if (string.Equals(candidate.Name.Value, field.Name, StringComparison.Ordinal))
                {
                    node = candidate;
                    break;
                }
            }

            if (node is null || (node.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    Fail($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = Coerce(node.Value, field.Type, variables);
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1) Fail($"OneOf Input Object \"{type.Name}\" must specify exactly one key.");
            foreach (var pair in result)
            {
                if (pair.Value is null) Fail($"Field \"{type.Name}.{pair.Key}\" must be non-null.");
            }
        }

        return type.Factory is null ? result : type.Factory(result);
    }

    private static bool HasVariables(ValueNode literal) => literal switch
    {
        VariableNode => true,
        ListValueNode list => AnyVariable(list.Items),
        ObjectValueNode obj => AnyFieldVariable(obj.Fields),
        _ => false,
    };

    private static bool AnyVariable(IReadOnlyList<ValueNode> items)
    {
        foreach (var item in items)
        {
            if (HasVariables(item)) return true;
        }

        return false;
    }

    private static bool AnyFieldVariable(IReadOnlyList<ObjectFieldNode> fields)
    {
        foreach (var field in fields)
        {
            if (HasVariables(field.Value)) return true;
        }

        return false;
    }

    /// <summary>Replaces variables nested in a custom scalar's literal with their values written as literals.</summary>
    private static ValueNode Substitute(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        VariableNode v => UntypedValues.ToLiteral(variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null),
        ListValueNode list => new ListValueNode(SubstituteAll(list.Items, variables), list.Location),
        ObjectValueNode obj => new ObjectValueNode(SubstituteFields(obj.Fields, variables), obj.Location),
        _ => literal,
    };

    private static ValueNode[] SubstituteAll(IReadOnlyList<ValueNode> items, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new ValueNode[items.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Substitute(items[i], variables);
        return result;
    }

    private static ObjectFieldNode[] SubstituteFields(IReadOnlyList<ObjectFieldNode> fields, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new ObjectFieldNode[fields.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ObjectFieldNode(fields[i].Name, Substitute(fields[i].Value, variables), fields[i].Location);
        }

        return result;
    }

    private static object Fail(string message) => throw new CoercionException(message);
}
