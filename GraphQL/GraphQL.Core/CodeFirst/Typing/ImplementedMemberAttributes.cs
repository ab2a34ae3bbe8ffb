using System.Reflection;

namespace GraphQL.CodeFirst;

/// <summary>
/// The attributes of a class's property or method together with those of the interface members it
/// implements: .NET does not inherit attributes from interfaces, but a schema author writes
/// <c>[ID]</c>, <c>[GraphQLName]</c>, <c>[GraphQLDescription]</c> or <c>[GraphQLDeprecated]</c> once on
/// the interface and expects every implementing type to agree with it (spec §3.7 IsValidImplementation
/// wants the same field types). The member's own attribute of a kind wins over the interface's.
/// </summary>
internal sealed class ImplementedMemberAttributes : ICustomAttributeProvider
{
    private readonly MemberInfo _member;
    private readonly List<MemberInfo> _implemented;

    private ImplementedMemberAttributes(MemberInfo member, List<MemberInfo> implemented)
    {
        _member = member;
        _implemented = implemented;
    }

    /// <summary>The member itself when it implements no interface member, else a provider over both.</summary>
    public static ICustomAttributeProvider Of(MemberInfo member)
    {
        var implemented = ImplementedMembers(member);
        return implemented.Count == 0 ? member : new ImplementedMemberAttributes(member, implemented);
    }

    /// <summary>The attribute on the member, else on the first interface member it implements that has one.</summary>
    public static T? Find<T>(MemberInfo member) where T : Attribute =>
        Of(member).GetCustomAttributes(typeof(T), false).FirstOrDefault() as T;

    public object[] GetCustomAttributes(bool inherit)
    {
        var own = _member.GetCustomAttributes(inherit);
        var result = new List<object>(own);
        foreach (var implemented in _implemented)
        {
            foreach (var attribute in implemented.GetCustomAttributes(inherit))
            {
                if (!HasKind(result, attribute.GetType())) result.Add(attribute);
            }
        }

        return result.ToArray();
    }

    public object[] GetCustomAttributes(Type attributeType, bool inherit)
    {
        var own = _member.GetCustomAttributes(attributeType, inherit);
        if (own.Length > 0) return own;
        foreach (var implemented in _implemented)
        {
            var found = implemented.GetCustomAttributes(attributeType, inherit);
            if (found.Length > 0) return found;
        }

        return own;
    }

    public bool IsDefined(Type attributeType, bool inherit) => GetCustomAttributes(attributeType, inherit).Length > 0;

    private static bool HasKind(List<object> attributes, Type kind)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.GetType() == kind) return true;
        }

        return false;
    }

    /// <summary>The interface properties or methods whose implementation is <paramref name="member"/>.</summary>
    private static List<MemberInfo> ImplementedMembers(MemberInfo member)
    {
        var result = new List<MemberInfo>();
        var declaring = member.DeclaringType;
        var accessor = member is PropertyInfo property ? property.GetMethod : member as MethodInfo;
        if (declaring is null || declaring.IsInterface || accessor is null || accessor.IsStatic) return result;

        foreach (var iface in declaring.GetInterfaces())
        {
            var map = declaring.GetInterfaceMap(iface);
            for (var i = 0; i < map.TargetMethods.Length; i++)
            {
                var target = map.TargetMethods[i];
                if (target.MetadataToken != accessor.MetadataToken || target.Module != accessor.Module) continue;
                MemberInfo? implemented = member is PropertyInfo ? PropertyOf(iface, map.InterfaceMethods[i]) : map.InterfaceMethods[i];
                if (implemented is not null) result.Add(implemented);
            }
        }

        return result;
    }

    private static PropertyInfo? PropertyOf(Type iface, MethodInfo getter)
    {
        foreach (var candidate in iface.GetProperties())
        {
            if (candidate.GetMethod == getter) return candidate;
        }

        return null;
    }
}
