using System.Collections;
using System.Globalization;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Converts a coerced input value to the .NET type a resolver asks for (<c>ArgumentValue&lt;long&gt;</c> of an
/// Int, an enum from its name, an array or list from a coerced list). Only used when the value is not
/// already of that type.
/// </summary>
internal static class ValueConverter
{
    public static T Convert<T>(object value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(Guid) && value is string guid) return Guid.Parse(guid);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (value is IEnumerable items and not string)
        {
            var elementType = underlying.IsArray ? underlying.GetElementType()
                : underlying.IsGenericType && underlying.GetGenericArguments().Length == 1 ? underlying.GetGenericArguments()[0]
                : null;
            if (elementType is not null)
            {
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
                foreach (var item in items) list.Add(Convert(item, elementType));
                if (underlying.IsArray)
                {
                    var array = Array.CreateInstance(elementType, list.Count);
                    list.CopyTo(array, 0);
                    return array;
                }

                if (underlying.IsInstanceOfType(list)) return list;
            }
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }
}
