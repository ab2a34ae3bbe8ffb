using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// Coerces a variable value as it arrived in JSON to a runtime value of an input type (spec §3.5–§3.12
/// "Input Coercion"; graphql-js <c>coerceInputValue</c>), reporting each problem with the path inside
/// the value, the offending value and graphql-js's message.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Receives one coercion problem: where inside the value, the invalid value, the message.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? input, GraphQLType type, ErrorHandler onError) =>
        Coerce(input, type, onError, new List<object>());

    private static object? Coerce(object? input, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null) return Coerce(input, nonNull.OfType, onError, path);
            onError(path.ToArray(), input, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (input is null) return null;

        switch (type)
        {
            case ListType list:
                if (input is IEnumerable items and not string && !IsObjectLike(input))
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced.ToArray();
                }

                return new[] { Coerce(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, onError, path);

            case EnumType enumType:
                if (input is not string name)
                {
                    onError(path.ToArray(), input, $"Enum \"{enumType.Name}\" cannot represent non-string value: {Inspector.Inspect(input)}.");
                    return null;
                }

                if (enumType.GetValue(name) is { } value) return value.Value;
                var names = new List<string>();
                foreach (var v in enumType.Values) names.Add(v.Name);
                onError(path.ToArray(), input,
                    $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum." + Suggestions.DidYouMean(name, names).Replace(" Did you mean ", " Did you mean the enum value ", StringComparison.Ordinal));
                return null;

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(input);
                }
                catch (CoercionException ex)
                {
                    onError(path.ToArray(), input, ex.Message);
                    return null;
                }

            default:
                onError(path.ToArray(), input, $"Expected type \"{type}\".");
                return null;
        }
    }

    private static object? CoerceInputObject(object input, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (!TryGetObjectFields(input, out var fields))
        {
            onError(path.ToArray(), input, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = LiteralCoercion.GetDefaultValue(field);
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is not null) continue;
            var names = new List<string>();
            foreach (var f in type.Fields) names.Add(f.Name);
            onError(path.ToArray(), input, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(name, names));
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path.ToArray(), input, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                foreach (var pair in coerced)
                {
                    if (pair.Value is not null) continue;
                    path.Add(pair.Key);
                    onError(path.ToArray(), null, $"Field \"{pair.Key}\" must be non-null.");
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return InputObjectFactory.Create(type, coerced);
    }

    private static bool IsObjectLike(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    private static bool TryGetObjectFields(object input, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (input)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = null!;
                return false;
        }
    }
}
