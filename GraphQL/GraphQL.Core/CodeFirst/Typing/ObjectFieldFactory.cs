using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// One field from one .NET property or method: name, type, description, deprecation and the
/// compiled resolver, then the member's <see cref="ObjectFieldDescriptorAttribute"/>s. A member that
/// cannot be mapped is reported (naming the member) and left out.
/// </summary>
internal static class ObjectFieldFactory
{
    public static ObjectFieldDescriptor? Create(SchemaBuildContext context, MemberInfo member, FieldOwner owner)
    {
        ObjectFieldDescriptor? descriptor;
        try
        {
            descriptor = member switch
            {
                PropertyInfo property => CreateProperty(context, property, owner),
                MethodInfo method => CreateMethod(context, method, owner),
                _ => null,
            };
        }
        catch (MemberMappingException ex)
        {
            context.ReportError(ex.Message);
            return null;
        }

        if (descriptor is null) return null;
        descriptor.Description ??= context.GetDescription(member);
        descriptor.DeprecationReason ??= SchemaBuildContext.GetDeprecationReason(ImplementedMemberAttributes.Of(member));
        descriptor.Features[CodeFirstFeatures.Member] = member;
        if (ImplementedMemberAttributes.Find<IDAttribute>(member) is { } id) descriptor.Features[CodeFirstFeatures.Id] = id;

        var attributes = member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(true).OrderBy(a => a.Order).ToList();
        foreach (var attribute in attributes)
        {
            try
            {
                attribute.OnConfigure(context, descriptor, member);
            }
            catch (TypeMappingException ex)
            {
                context.ReportError($"[{attribute.GetType().Name.Replace("Attribute", string.Empty)}] on \"{Describe(member)}\" cannot be applied: {ex.Message}");
            }
        }

        return descriptor;
    }

    private static ObjectFieldDescriptor CreateProperty(SchemaBuildContext context, PropertyInfo property, FieldOwner owner)
    {
        GraphQLType type;
        try
        {
            var shape = TypeShape.Describe(property.PropertyType, context.Nullability.Create(property), input: false);
            type = TypeResolution.Resolve(context, ImplementedMemberAttributes.Of(property), shape, input: false);
        }
        catch (TypeMappingException ex)
        {
            throw new MemberMappingException(
                $"The type \"{TypeShape.DisplayName(property.PropertyType)}\" of \"{Describe(property)}\" cannot be mapped to a GraphQL output type: {ex.Message}");
        }

        var descriptor = new ObjectFieldDescriptor(context.GetMemberName(property), type, property, property.PropertyType);
        if (ResolverCompiler.CompileParentProperty(property, owner) is { } fromParent) descriptor.SetPureResolver(fromParent);
        else descriptor.PureResolver = ResolverCompiler.CompileProperty(property, owner);
        return descriptor;
    }

    private static ObjectFieldDescriptor? CreateMethod(SchemaBuildContext context, MethodInfo method, FieldOwner owner)
    {
        var returnInfo = context.Nullability.Create(method.ReturnParameter);
        var (resultType, resultInfo) = ResultAdapters.UnwrapTask(method.ReturnType, returnInfo);
        var isVoid = resultType == typeof(void) || resultType == typeof(Task) || resultType == typeof(ValueTask);

        // Behaviour methods of entities and helpers of extensions are not fields; on a root type a
        // method that returns nothing is a mistake worth a sentence.
        if (isVoid && owner.Kind != FieldOwnerKind.Root) return null;

        var subscription = SubscriptionFields.Describe(context, method, owner, resultType, resultInfo);
        if (subscription is not null)
        {
            (resultType, resultInfo) = (subscription.EventType, subscription.EventInfo);
        }

        GraphQLType type;
        try
        {
            var shape = TypeShape.Describe(resultType, resultInfo, input: false);
            type = TypeResolution.Resolve(context, ImplementedMemberAttributes.Of(method), shape, input: false);
        }
        catch (TypeMappingException ex)
        {
            throw new MemberMappingException(
                $"The return type \"{TypeShape.DisplayName(method.ReturnType)}\" of \"{Describe(method)}\" cannot be mapped to a GraphQL output type: {ex.Message}");
        }

        var descriptor = new ObjectFieldDescriptor(context.GetMemberName(method), type, method, resultType);
        if (subscription is not null)
        {
            SubscriptionFields.Compile(context, method, owner, descriptor, subscription);
        }
        else
        {
            descriptor.Resolver = ResolverCompiler.CompileMethod(context, method, owner, descriptor);
        }

        return descriptor;
    }

    /// <summary><c>ProductQueries.GetProduct</c>: how errors name a member.</summary>
    public static string Describe(MemberInfo member) =>
        (member.DeclaringType is null ? string.Empty : TypeShape.DisplayName(member.DeclaringType) + ".") + member.Name;
}

/// <summary>A member cannot become a field; the message is the complete sentence.</summary>
internal sealed class MemberMappingException : Exception
{
    public MemberMappingException(string message) : base(message) { }
}
