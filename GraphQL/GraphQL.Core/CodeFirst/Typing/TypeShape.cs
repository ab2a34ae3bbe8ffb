using System.Reflection;

namespace GraphQL.CodeFirst;

/// <summary>
/// A .NET type read as GraphQL sees it: nullable or not (C# nullable annotations and
/// <see cref="Nullable{T}"/>), a list of an element shape, or a named .NET type.
/// </summary>
internal sealed class TypeShape
{
    private TypeShape(Type runtimeType, bool isNullable, TypeShape? element)
    {
        RuntimeType = runtimeType;
        IsNullable = isNullable;
        Element = element;
    }

    /// <summary>The named .NET type (for lists: the collection type itself).</summary>
    public Type RuntimeType { get; }
    public bool IsNullable { get; }
    public TypeShape? Element { get; }
    public bool IsList => Element is not null;

    /// <summary>The innermost named shape under all lists.</summary>
    public TypeShape Named => Element?.Named ?? this;

    /// <summary>
    /// Reads <paramref name="type"/> with its nullability (null: oblivious, so reference types are
    /// nullable). <paramref name="input"/> reads the write state (setters, parameters).
    /// </summary>
    public static TypeShape Describe(Type type, NullabilityInfo? nullability, bool input)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new TypeShape(underlying, true, DescribeElement(underlying, nullability?.GenericTypeArguments.FirstOrDefault(), input));
        }

        var state = nullability is null ? NullabilityState.Unknown : input ? nullability.WriteState : nullability.ReadState;
        if (input && state == NullabilityState.Unknown && nullability is not null) state = nullability.ReadState;
        var isNullable = !type.IsValueType && state != NullabilityState.NotNull;
        return new TypeShape(type, isNullable, DescribeElement(type, nullability, input));
    }

    private static TypeShape? DescribeElement(Type type, NullabilityInfo? nullability, bool input)
    {
        if (type.IsArray)
        {
            return Describe(type.GetElementType()!, nullability?.ElementType, input);
        }

        var element = GetListElementType(type);
        if (element is null) return null;

        // List<T>, IEnumerable<T>, IQueryable<T>, ...: the element's annotation is the only generic argument.
        NullabilityInfo? elementInfo = null;
        if (nullability is { GenericTypeArguments.Length: 1 } && type.IsGenericType && type.GetGenericArguments()[0] == element)
        {
            elementInfo = nullability.GenericTypeArguments[0];
        }

        return Describe(element, elementInfo, input);
    }

    /// <summary>The element type when <paramref name="type"/> is a GraphQL list (spec §3.12), else null.</summary>
    public static Type? GetListElementType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IEnumerable<>) || definition == typeof(IAsyncEnumerable<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        Type? found = null;
        foreach (var candidate in type.GetInterfaces())
        {
            if (!candidate.IsGenericType) continue;
            var definition = candidate.GetGenericTypeDefinition();
            if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) return null;
            if (definition == typeof(IEnumerable<>) || definition == typeof(IAsyncEnumerable<>)) found = candidate.GetGenericArguments()[0];
        }

        return found;
    }

    /// <summary>The type as C# writes it, for error messages: <c>Task&lt;List&lt;Product&gt;&gt;</c>, <c>int?</c>.</summary>
    public static string DisplayName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return DisplayName(underlying) + "?";
        if (type.IsArray) return DisplayName(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name.Substring(0, tick);
        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(DisplayName)) + ">";
    }
}
