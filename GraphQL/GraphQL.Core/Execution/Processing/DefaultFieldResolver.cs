using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Execution.Processing;

/// <summary>
/// The default resolver (spec §6.4.2 ResolveFieldValue when the field has none): the parent's
/// dictionary entry, or its property/field of that name (exact, else case-insensitive). Property
/// reads go through a getter compiled once per (type, name) — no reflection per call.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
        }

        return GetGetter(parent.GetType(), name)?.Invoke(parent);
    }

    /// <summary>True for the parents read by key rather than through a compiled getter.</summary>
    public static bool IsMap(object parent) => parent is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    /// <summary>The compiled getter of member <paramref name="name"/> of <paramref name="type"/>, or null when it has none.</summary>
    public static Func<object, object?>? GetGetter(Type type, string name)
    {
        var key = (type, name);
        return Getters.TryGetValue(key, out var getter) ? getter : Getters.GetOrAdd(key, static k => Compile(k.Type, k.Name));
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
        if (member is null)
        {
            foreach (var property in type.GetProperties(flags))
            {
                if (property.GetIndexParameters().Length == 0 && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    member = property;
                    break;
                }
            }
        }

        if (member is PropertyInfo { CanRead: false } || member is PropertyInfo p && p.GetIndexParameters().Length > 0) member = null;
        if (member is null) return null;

        var instance = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(instance, type);
        Expression access = member is PropertyInfo prop ? Expression.Property(typed, prop) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(ScalarBoxes.ToObject(access), instance).Compile();
    }
}
