using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using GraphQL.CodeFirst;

namespace GraphQL.Data.Execution;

/// <summary>
/// What the data middleware needs to know about an entity class: its key (by EF Core's conventions:
/// <c>[Key]</c>, <c>Id</c> or <c>&lt;Type&gt;Id</c>), which properties are scalars, references or
/// collections. Computed once per type at schema build or on first use.
/// </summary>
internal static class EntityShape
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> s_keys = new();

    public static PropertyInfo? GetKey(Type entity) => s_keys.GetOrAdd(entity, static type =>
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var p in properties)
        {
            if (p.IsDefined(typeof(KeyAttribute), true)) return p;
        }

        foreach (var p in properties)
        {
            if (p.Name == "Id" || p.Name == type.Name + "Id") return p;
        }

        return null;
    });

    /// <summary>The element type of <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c> and tasks of them, or null.</summary>
    public static Type? GetElementType(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>)) return GetElementType(type.GetGenericArguments()[0]);
        }

        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return type.GetGenericArguments()[0];
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return candidate.GetGenericArguments()[0];
        }

        return null;
    }

    /// <summary>Leaf values: what filters compare and projections copy column by column.</summary>
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Uri)
            || t == typeof(byte[]);
    }

    /// <summary>The public readable properties that are GraphQL fields (not <c>[GraphQLIgnore]</c>d), in declaration order.</summary>
    public static IEnumerable<PropertyInfo> GetFieldProperties(Type type)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(GraphQLIgnoreAttribute), true))
            {
                yield return p;
            }
        }
    }

    public static string GetFieldName(MemberInfo member) => NameConventions.GetFieldName(member);
}
