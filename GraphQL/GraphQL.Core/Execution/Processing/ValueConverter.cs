using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Converts a coerced input value to the .NET type a resolver asks for (<c>ArgumentValue&lt;long&gt;</c> of an
/// Int, an enum from its name, <c>string[]</c> or <c>List&lt;int&gt;</c> from a coerced list). Only used when
/// the value is not already of that type; the converter of each target type is built once.
/// </summary>
internal static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Converters = new();

    private static readonly MethodInfo ArrayFactory =
        typeof(ValueConverter).GetMethod(nameof(CreateArrayConverter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ListFactory =
        typeof(ValueConverter).GetMethod(nameof(CreateListConverter), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static T Convert<T>(object value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value)) return value;
        if (!Converters.TryGetValue(target, out var converter)) converter = Converters.GetOrAdd(target, CreateConverter);
        return converter(value);
    }

    private static Func<object, object?> CreateConverter(Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value => value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(Guid)) return value => value is string s ? Guid.Parse(s) : Fail(value, target);
        if (underlying.IsArray)
        {
            return (Func<object, object?>)ArrayFactory.MakeGenericMethod(underlying.GetElementType()!).Invoke(null, null)!;
        }

        if (underlying.IsGenericType && underlying.GetGenericArguments() is [var element]
            && underlying.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return (Func<object, object?>)ListFactory.MakeGenericMethod(element).Invoke(null, null)!;
        }

        if (typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return value => value is IConvertible
                ? System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture)
                : Fail(value, target);
        }

        return value => Fail(value, target);
    }

    private static Func<object, object?> CreateArrayConverter<T>() => value => ToList<T>(value).ToArray();

    private static Func<object, object?> CreateListConverter<T>() => value => ToList<T>(value);

    private static List<T> ToList<T>(object value)
    {
        if (value is not IEnumerable items || value is string) return new List<T>(1) { (T)Convert(value, typeof(T))! };
        var list = value is ICollection collection ? new List<T>(collection.Count) : new List<T>();
        foreach (var item in items) list.Add(item is T typed ? typed : (T)Convert(item, typeof(T))!);
        return list;
    }

    private static object Fail(object value, Type target) =>
        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
}
