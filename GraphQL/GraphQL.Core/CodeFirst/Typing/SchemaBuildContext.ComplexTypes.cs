using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Object, interface and union types (spec §3.6–§3.8) made from .NET classes and interfaces.</summary>
internal sealed partial class SchemaBuildContext
{
    public ObjectType CreateObjectType(string name, Type? runtimeType)
    {
        Claim(name, runtimeType ?? s_noRuntimeType);
        var type = new ObjectType(
            name,
            () => ObjectTypeFactory.BuildFields(this, name, runtimeType),
            runtimeType is null ? null : () => GetImplementedInterfaces(runtimeType),
            runtimeType is null ? null : GetDescription(runtimeType))
        {
            RuntimeType = runtimeType,
        };

        Register(type);
        return type;
    }

    private InterfaceType CreateInterfaceType(Type runtimeType)
    {
        var name = NameConventions.GetTypeName(runtimeType);
        Claim(name, runtimeType);
        var type = new InterfaceType(
            name,
            () => ObjectTypeFactory.BuildFields(this, name, runtimeType),
            () => GetImplementedInterfaces(runtimeType),
            GetDescription(runtimeType))
        {
            RuntimeType = runtimeType,
        };

        var resolver = new AbstractTypeResolver(type);
        type.ResolveType = resolver.Resolve;
        Register(type);
        return type;
    }

    private UnionType CreateUnionType(Type runtimeType)
    {
        var name = NameConventions.GetTypeName(runtimeType);
        Claim(name, runtimeType);

        // Members are the registered object types implementing the marker; the thunk runs when the
        // schema is assembled, after every object type is known.
        var type = new UnionType(name, () => FindImplementations(runtimeType), GetDescription(runtimeType))
        {
            RuntimeType = runtimeType,
        };

        var resolver = new AbstractTypeResolver(type);
        type.ResolveType = resolver.Resolve;
        Register(type);
        return type;
    }

    /// <summary>The registered object types whose .NET type implements or derives from <paramref name="abstractType"/>.</summary>
    public IEnumerable<ObjectType> FindImplementations(Type abstractType)
    {
        var result = new List<ObjectType>();
        foreach (var type in _created)
        {
            if (type is ObjectType { RuntimeType: { } runtime } obj && runtime != abstractType && abstractType.IsAssignableFrom(runtime)) result.Add(obj);
        }

        return result;
    }

    /// <summary>Interfaces of a class or interface: its .NET interfaces and base classes marked <c>[InterfaceType]</c> (transitively, spec §3.7).</summary>
    private IEnumerable<InterfaceType> GetImplementedInterfaces(Type runtimeType)
    {
        var result = new List<InterfaceType>();
        for (var baseType = runtimeType.BaseType; baseType is not null && baseType != typeof(object); baseType = baseType.BaseType)
        {
            if (baseType.IsDefined(typeof(InterfaceTypeAttribute), false)) AddInterface(result, runtimeType, baseType);
        }

        foreach (var candidate in runtimeType.GetInterfaces())
        {
            if (candidate.IsDefined(typeof(InterfaceTypeAttribute), false)) AddInterface(result, runtimeType, candidate);
        }

        return result;
    }

    private void AddInterface(List<InterfaceType> result, Type implementer, Type candidate)
    {
        try
        {
            if (GetOutputType(candidate) is InterfaceType iface) result.Add(iface);
        }
        catch (TypeMappingException ex)
        {
            ReportError($"The interface \"{TypeShape.DisplayName(candidate)}\" of \"{TypeShape.DisplayName(implementer)}\" cannot be mapped to a GraphQL interface: {ex.Message}");
        }
    }

    public string? GetDescription(MemberInfo member) =>
        ImplementedMemberAttributes.Find<GraphQLDescriptionAttribute>(member)?.Description ?? Documentation.GetSummary(member);

    public string? GetDescription(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLDescriptionAttribute>(false)?.Description ?? Documentation.GetParameter(parameter);

    /// <summary>The reason from <c>[GraphQLDeprecated]</c> or <c>[Obsolete]</c> (spec §3.13.3; its default reason when none is given).</summary>
    public static string? GetDeprecationReason(ICustomAttributeProvider member)
    {
        foreach (var attribute in member.GetCustomAttributes(false))
        {
            switch (attribute)
            {
                case GraphQLDeprecatedAttribute deprecated:
                    return deprecated.Reason;
                case ObsoleteAttribute obsolete:
                    return string.IsNullOrEmpty(obsolete.Message) ? "No longer supported" : obsolete.Message;
            }
        }

        return null;
    }
}
