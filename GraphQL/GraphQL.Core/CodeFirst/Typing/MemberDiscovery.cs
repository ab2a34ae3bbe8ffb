using System.Reflection;

namespace GraphQL.CodeFirst;

/// <summary>Which public members of a class become fields, in declaration order.</summary>
internal static class MemberDiscovery
{
    /// <summary>Methods every .NET object has (or records and disposables add) that are never fields.</summary>
    private static readonly HashSet<string> s_excludedMethods = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Dispose", "DisposeAsync", "CompareTo", "Clone", "GetEnumerator",
    };

    public static IReadOnlyList<MemberInfo> GetFieldMembers(Type type, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0);
        var members = new List<MemberInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);

        foreach (var declaring in DeclaringTypes(type))
        {
            foreach (var member in declaring.GetMembers(flags | BindingFlags.DeclaredOnly).OrderBy(SourceOrder))
            {
                if (IsField(member) && names.Add(member.Name + (member is MethodInfo ? "()" : string.Empty))) members.Add(member);
            }
        }

        return members;
    }

    /// <summary>The class itself, then its base classes; for interfaces, the interface then the interfaces it extends.</summary>
    private static IEnumerable<Type> DeclaringTypes(Type type)
    {
        if (type.IsInterface)
        {
            yield return type;
            foreach (var parent in type.GetInterfaces()) yield return parent;
            yield break;
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>Properties and methods interleaved as written: a property sorts by its getter's method token.</summary>
    private static int SourceOrder(MemberInfo member) =>
        member is PropertyInfo { GetMethod: { } getter } ? getter.MetadataToken : member.MetadataToken;

    private static bool IsField(MemberInfo member)
    {
        if (member.IsDefined(typeof(GraphQLIgnoreAttribute), true) || member.Name.Contains('<')) return false;
        switch (member)
        {
            case PropertyInfo property:
                return property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0;
            case MethodInfo method:
                if (method.IsSpecialName || method.IsGenericMethodDefinition || s_excludedMethods.Contains(method.Name)) return false;
                foreach (var parameter in method.GetParameters())
                {
                    if (parameter.ParameterType.IsByRef || parameter.IsOut) return false;
                }

                return true;
            default:
                return false;
        }
    }
}
