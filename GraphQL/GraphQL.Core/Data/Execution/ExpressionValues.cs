using System.Globalization;
using System.Linq.Expressions;

namespace GraphQL.Data.Execution;

/// <summary>
/// Values put into query expressions as members of a closure object, as the C# compiler does for
/// captured variables, so that EF Core sends them as SQL parameters and reuses its query plan.
/// </summary>
internal static class ExpressionValues
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<object?, Expression>> s_parameters = new();
    private static readonly System.Reflection.MethodInfo s_create =
        typeof(ExpressionValues).GetMethod(nameof(CreateParameter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>The value as a closure field; the per-type factory is made once (no Activator per value).</summary>
    public static Expression Parameter(object? value, Type type) =>
        s_parameters.GetOrAdd(type, static t => s_create.MakeGenericMethod(t).CreateDelegate<Func<object?, Expression>>())(value);

    private static Expression CreateParameter<T>(object? value) =>
        Expression.Field(Expression.Constant(new ValueBox<T>((T)value!)), ValueBox<T>.Field);

    /// <summary>
    /// Converts a coerced GraphQL input value (a scalar's runtime value) to the .NET type of the member
    /// it is compared with: Int to long or decimal, DateTimeOffset to DateTime, and so on.
    /// </summary>
    public static object? Convert(object? value, Type target)
    {
        if (value is null) return null;
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value)) return value;
        if (type.IsEnum) return value is string s ? Enum.Parse(type, s) : Enum.ToObject(type, value);
        if (type == typeof(Guid)) return value is string g ? Guid.Parse(g) : value;
        if (type == typeof(DateTimeOffset))
        {
            return value switch
            {
                DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt),
                string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                _ => value,
            };
        }

        if (type == typeof(DateTime))
        {
            return value switch
            {
                DateTimeOffset dto => dto.UtcDateTime,
                string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime,
                _ => value,
            };
        }

        if (type == typeof(DateOnly))
        {
            return value switch
            {
                DateTime dt => DateOnly.FromDateTime(dt),
                DateTimeOffset dto => DateOnly.FromDateTime(dto.Date),
                string text => DateOnly.Parse(text, CultureInfo.InvariantCulture),
                _ => value,
            };
        }

        return value is IConvertible ? System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture) : value;
    }

    /// <summary>Holds one parameter value; a field (not a constant) is what makes it a SQL parameter.</summary>
    internal sealed class ValueBox<T>
    {
        public static readonly System.Reflection.FieldInfo Field = typeof(ValueBox<T>).GetField(nameof(Value))!;

        public ValueBox(T value) => Value = value;

#pragma warning disable CA1051
        public readonly T Value;
#pragma warning restore CA1051
    }
}
