using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// Coercion of JSON-shaped input values (graphql-js <c>coerceInputValue</c>): collects every problem
/// with the path where it happened. The path is kept as a small stack of keys and indexes and only
/// turned into text when an error is reported.
/// </summary>
internal static class InputValueCoercer
{
    public static object? Coerce(object? value, GraphQLType type, string? variableName, ICollection<string> errors)
    {
        // Fast path for the common case, a scalar that coerces: no context, no path.
        if (value is not null && type.Nullable is ScalarType scalar)
        {
            try
            {
                return scalar.ParseValue(value);
            }
            catch (Exception)
            {
                // Fall through to report it with the usual wording.
            }
        }

        var context = new Context(variableName, errors);
        return Coerce(value, type, context);
    }

    private sealed class Context
    {
        public Context(string? variableName, ICollection<string> errors)
        {
            VariableName = variableName;
            Errors = errors;
        }

        public string? VariableName { get; }
        public ICollection<string> Errors { get; }
        public List<object> Path { get; } = new();

        /// <summary>
        /// <c>Variable "$v" got invalid value X at "v.a[0]"; message</c> for variables,
        /// <c>Invalid value X at "value.a[0]": message</c> otherwise.
        /// </summary>
        public void Report(object? invalidValue, string message, string? extraKey = null)
        {
            var sb = new StringBuilder();
            if (VariableName is not null)
            {
                sb.Append("Variable \"$").Append(VariableName).Append("\" got invalid value ").Append(Inspect.Value(invalidValue));
            }
            else
            {
                sb.Append("Invalid value ").Append(Inspect.Value(invalidValue));
            }

            if (Path.Count > 0 || extraKey is not null)
            {
                sb.Append(" at \"").Append(VariableName ?? "value");
                foreach (var key in Path) AppendKey(sb, key);
                if (extraKey is not null) AppendKey(sb, extraKey);
                sb.Append('"');
            }

            sb.Append(VariableName is not null ? "; " : ": ").Append(message);
            Errors.Add(sb.ToString());
        }

        private static void AppendKey(StringBuilder sb, object key)
        {
            if (key is int index) sb.Append('[').Append(index).Append(']');
            else sb.Append('.').Append((string)key);
        }
    }

    private static object? Coerce(object? value, GraphQLType type, Context context)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, nonNull.OfType, context);
            context.Report(value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null) return null;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items && value is not string && !IsObject(value))
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        context.Path.Add(index++);
                        result.Add(Coerce(item, list.OfType, context));
                        context.Path.RemoveAt(context.Path.Count - 1);
                    }

                    return result.ToArray();
                }

                // A single value where a list is expected is a list of one (spec §3.12 "Input Coercion").
                return new[] { Coerce(value, list.OfType, context) };

            case InputObjectType input:
                return CoerceObject(value, input, context);

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (CoercionException ex)
                {
                    context.Report(value, ex.Message);
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (CoercionException ex)
                {
                    context.Report(value, ex.Message);
                    return null;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    context.Report(value, $"Expected type \"{scalar.Name}\". {ex.Message}");
                    return null;
                }

            default:
                context.Report(value, $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static object? CoerceObject(object value, InputObjectType type, Context context)
    {
        if (!TryGetEntries(value, out var entries))
        {
            context.Report(value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    context.Report(value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            context.Path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, context);
            context.Path.RemoveAt(context.Path.Count - 1);
        }

        foreach (var key in entries.Keys)
        {
            if (type.GetField(key) is null)
            {
                var names = new List<string>();
                foreach (var f in type.Fields) names.Add(f.Name);
                context.Report(value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(key, names));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                context.Report(value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            foreach (var pair in result)
            {
                if (pair.Value is null) context.Report(null, $"Field \"{pair.Key}\" must be non-null.", pair.Key);
                break;
            }
        }

        return type.Factory is null ? result : type.Factory(result);
    }

    private static bool IsObject(object value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    private static bool TryGetEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                entries = ro;
                return true;
            case IDictionary<string, object?> rw:
                entries = new Dictionary<string, object?>(rw, StringComparer.Ordinal);
                return true;
            default:
                entries = null!;
                return false;
        }
    }
}
