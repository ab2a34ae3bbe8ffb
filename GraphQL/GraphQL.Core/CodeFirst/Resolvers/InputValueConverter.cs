using System.Collections;
using System.Globalization;

namespace GraphQL.CodeFirst;

/// <summary>
/// Turns a coerced input value (spec §6.4.1 CoerceArgumentValues: scalars' runtime values, lists,
/// input objects as dictionaries or as instances made by <c>InputObjectType.Factory</c>) into the
/// .NET type a resolver parameter or an input property declares. Converters are made once per
/// .NET type when the schema is built, so a call does no reflection.
/// </summary>
internal abstract class InputValueConverter
{
    public abstract object? Convert(object? value);

    /// <summary>Reads an argument for a parameter of type <typeparamref name="T"/> (called by compiled resolvers).</summary>
    public static T Argument<T>(GraphQL.Types.IResolverContext context, string name, InputValueConverter converter)
    {
        var value = context.ArgumentValue<object?>(name);
        if (value is T typed) return typed;
        if (value is null) return default!;
        return (T)converter.Convert(value)!;
    }

    public static T Value<T>(object? value, InputValueConverter converter)
    {
        if (value is T typed) return typed;
        if (value is null) return default!;
        return (T)converter.Convert(value)!;
    }
}

/// <summary>Values that already have the target type, or .NET conversions between scalars (Int → short, ID → int).</summary>
internal sealed class ScalarValueConverter : InputValueConverter
{
    private readonly Type _target;

    public ScalarValueConverter(Type target) => _target = Nullable.GetUnderlyingType(target) ?? target;

    public override object? Convert(object? value)
    {
        if (value is null || _target.IsInstanceOfType(value)) return value;
        if (_target.IsEnum)
        {
            return value is string name ? Enum.Parse(_target, name) : Enum.ToObject(_target, value);
        }

        if (_target == typeof(Guid)) return Guid.Parse(System.Convert.ToString(value, CultureInfo.InvariantCulture)!);
        if (_target == typeof(DateTimeOffset) && value is DateTime dateTime) return new DateTimeOffset(dateTime);
        if (_target == typeof(DateTime) && value is DateTimeOffset offset) return offset.UtcDateTime;
        if (_target == typeof(Uri) && value is string uri) return new Uri(uri, UriKind.RelativeOrAbsolute);
        return System.Convert.ChangeType(value, _target, CultureInfo.InvariantCulture);
    }
}

/// <summary>An enum: the runtime value the executor coerced to, or a value name when it kept names.</summary>
internal sealed class EnumValueConverter : InputValueConverter
{
    private readonly Type _target;
    private readonly GraphQL.Types.EnumType _type;

    public EnumValueConverter(Type target, GraphQL.Types.EnumType type)
    {
        _target = target;
        _type = type;
    }

    public override object? Convert(object? value)
    {
        if (value is null || _target.IsInstanceOfType(value)) return value;
        if (value is string name && _type.GetValue(name) is { } definition) return definition.Value;
        throw new InvalidCastException($"\"{value}\" is not a value of the enum \"{_type.Name}\".");
    }
}

/// <summary>An input object: a dictionary of field values goes through the type's factory.</summary>
internal sealed class InputObjectValueConverter : InputValueConverter
{
    private readonly Type _target;
    private readonly GraphQL.Types.InputObjectType _type;

    public InputObjectValueConverter(Type target, GraphQL.Types.InputObjectType type)
    {
        _target = target;
        _type = type;
    }

    public override object? Convert(object? value)
    {
        if (value is null || _target.IsInstanceOfType(value)) return value;
        if (value is IReadOnlyDictionary<string, object?> fields && _type.Factory is { } factory) return factory(fields);
        throw new InvalidCastException($"The value for \"{_type.Name}\" is not an input object.");
    }
}

/// <summary>A list: each item converted, collected into an array, <see cref="List{T}"/> or <see cref="HashSet{T}"/>.</summary>
internal sealed class ListValueConverter<T> : InputValueConverter
{
    private readonly Type _target;
    private readonly InputValueConverter _item;

    public ListValueConverter(Type target, InputValueConverter item)
    {
        _target = target;
        _item = item;
    }

    public override object? Convert(object? value)
    {
        if (value is null || _target.IsInstanceOfType(value)) return value;

        // Spec §3.12 input coercion: a single value is a list of one.
        var items = value as IEnumerable ?? new[] { value };
        var list = new List<T>();
        foreach (var item in items) list.Add(Value<T>(item, _item));
        if (_target.IsArray) return list.ToArray();
        if (_target.IsAssignableFrom(list.GetType())) return list;
        if (_target.IsAssignableFrom(typeof(HashSet<T>))) return new HashSet<T>(list);
        return Activator.CreateInstance(_target, list);
    }
}
