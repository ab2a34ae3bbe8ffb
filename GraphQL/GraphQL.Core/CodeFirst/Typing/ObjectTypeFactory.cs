using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// The fields of an object or interface type: the members of its own .NET type, then those of the
/// classes that contribute to it (<c>[QueryType]</c> classes for roots, <c>[ExtendObjectType]</c>
/// classes for any type). A contributed field replaces an own field of the same name, which is how
/// an extension turns a foreign-key property into a resolver.
/// </summary>
internal static class ObjectTypeFactory
{
    public static IEnumerable<FieldDefinition> BuildFields(SchemaBuildContext context, string typeName, Type? runtimeType)
    {
        var descriptor = new ObjectTypeDescriptor(typeName, runtimeType);
        var origins = new Dictionary<string, MemberInfo>(StringComparer.Ordinal);

        if (runtimeType is not null)
        {
            var self = new FieldOwner(runtimeType, FieldOwnerKind.Self, runtimeType, typeName);
            foreach (var member in MemberDiscovery.GetFieldMembers(runtimeType, includeStatic: false))
            {
                if (ObjectFieldFactory.Create(context, member, self) is { } field) Add(descriptor, origins, field, member, replace: false, context);
            }
        }

        foreach (var contributor in context.GetContributors(typeName))
        {
            var owner = contributor with { ExtendedType = runtimeType };
            var streams = StreamMethodNames(contributor.Class);
            foreach (var member in MemberDiscovery.GetFieldMembers(contributor.Class, includeStatic: true))
            {
                if (member is MethodInfo && streams.Contains(member.Name)) continue;
                if (ObjectFieldFactory.Create(context, member, owner) is { } field) Add(descriptor, origins, field, member, replace: true, context);
            }
        }

        if (runtimeType is not null)
        {
            var attributes = runtimeType.GetCustomAttributes<ObjectTypeDescriptorAttribute>(true).OrderBy(a => a.Order).ToList();
            foreach (var attribute in attributes) attribute.OnConfigure(context, descriptor, runtimeType);
        }

        var fields = new List<FieldDefinition>(descriptor.Fields.Count);
        foreach (var field in descriptor.Fields) fields.Add(field.ToDefinition());
        return fields;
    }

    /// <summary>Methods named by <c>[Subscribe(With = ...)]</c> create streams for another field and are no fields themselves.</summary>
    private static HashSet<string> StreamMethodNames(Type type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.GetCustomAttribute<SubscribeAttribute>(false) is { With: { } with }) names.Add(with);
        }

        return names;
    }

    private static void Add(
        ObjectTypeDescriptor descriptor,
        Dictionary<string, MemberInfo> origins,
        ObjectFieldDescriptor field,
        MemberInfo member,
        bool replace,
        SchemaBuildContext context)
    {
        if (origins.TryGetValue(field.Name, out var previous))
        {
            var index = IndexOf(descriptor.Fields, field.Name);
            if (replace && previous.DeclaringType == descriptor.RuntimeType)
            {
                descriptor.Fields[index] = field;
                origins[field.Name] = member;
                return;
            }

            context.ReportError(
                $"The field \"{descriptor.Name}.{field.Name}\" is defined by both \"{ObjectFieldFactory.Describe(previous)}\" and \"{ObjectFieldFactory.Describe(member)}\"; rename one with [GraphQLName].");
            return;
        }

        origins.Add(field.Name, member);
        descriptor.Fields.Add(field);
    }

    private static int IndexOf(IList<ObjectFieldDescriptor> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name) return i;
        }

        return -1;
    }
}
