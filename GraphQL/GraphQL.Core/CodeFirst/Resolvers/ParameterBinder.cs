using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// Decides where each resolver parameter's value comes from, in this order: <c>[Parent]</c>,
/// <c>[Service]</c>, the context itself, <see cref="CancellationToken"/> (RequestAborted),
/// <see cref="ClaimsPrincipal"/> (the request's user), the extended object of an
/// <c>[ExtendObjectType]</c> class, DataLoaders (per request) and other services (registered in DI, or interfaces
/// that are not GraphQL types), and otherwise a GraphQL argument (spec §3.6.1) added to the field.
/// </summary>
internal static class ParameterBinder
{
    public static Expression Bind(
        SchemaBuildContext build, ParameterInfo parameter, FieldOwner owner, ObjectFieldDescriptor descriptor, ParameterExpression context)
    {
        var type = parameter.ParameterType;
        var member = ObjectFieldFactory.Describe(parameter.Member);

        if (parameter.IsDefined(typeof(ParentAttribute), false)) return ResolverCompiler.Parent(context, type);
        if (parameter.IsDefined(typeof(ServiceAttribute), false)) return Service(build, parameter, context, member);
        if (type == typeof(IResolverContext)) return context;
        if (type == typeof(CancellationToken)) return ResolverCompiler.RequestAborted(context);
        if (type == typeof(ClaimsPrincipal))
        {
            var nullable = build.Nullability.Create(parameter).ReadState == NullabilityState.Nullable;
            return Expression.Call(typeof(ContextValues).GetMethod(nullable ? nameof(ContextValues.User) : nameof(ContextValues.RequiredUser))!, context);
        }

        if (owner.Kind == FieldOwnerKind.Extension && owner.ExtendedType is { } extended && type != typeof(object) && type.IsAssignableFrom(extended))
        {
            return ResolverCompiler.Parent(context, type);
        }

        if (typeof(IDataLoader).IsAssignableFrom(type))
        {
            var dataLoader = typeof(ContextValues).GetMethod(nameof(ContextValues.DataLoader))!.MakeGenericMethod(type);
            return Expression.Call(dataLoader, context, Expression.Constant(member));
        }

        if (IsService(build, type)) return Service(build, parameter, context, member);
        return Argument(build, parameter, descriptor, context);
    }

    private static bool IsService(SchemaBuildContext build, Type type)
    {
        if (build.ServiceLookup?.IsService(type) == true) return true;
        return type.IsInterface
            && !type.IsDefined(typeof(InterfaceTypeAttribute), false)
            && !type.IsDefined(typeof(UnionTypeAttribute), false)
            && build.Scalars.Find(type) is null
            && TypeShape.GetListElementType(type) is null;
    }

    private static Expression Service(SchemaBuildContext build, ParameterInfo parameter, ParameterExpression context, string member)
    {
        var optional = parameter.HasDefaultValue || build.Nullability.Create(parameter).ReadState == NullabilityState.Nullable;
        var method = typeof(ContextValues).GetMethod(optional ? nameof(ContextValues.OptionalService) : nameof(ContextValues.RequiredService))!
            .MakeGenericMethod(parameter.ParameterType);
        return optional ? Expression.Call(method, context) : Expression.Call(method, context, Expression.Constant(member));
    }

    private static Expression Argument(SchemaBuildContext build, ParameterInfo parameter, ObjectFieldDescriptor descriptor, ParameterExpression context)
    {
        var name = NameConventions.GetArgumentName(parameter);
        GraphQLType type;
        InputValueConverter converter;
        ValueNode? defaultValue;
        try
        {
            var shape = TypeShape.Describe(parameter.ParameterType, build.Nullability.Create(parameter), input: true);
            type = TypeResolution.Resolve(build, parameter, shape, input: true);
            converter = build.GetConverter(parameter.ParameterType);
            defaultValue = parameter.HasDefaultValue && parameter.DefaultValue is not null ? LiteralWriter.Write(parameter.DefaultValue, type) : null;
        }
        catch (TypeMappingException ex)
        {
            throw new MemberMappingException(
                $"The type \"{TypeShape.DisplayName(parameter.ParameterType)}\" of parameter \"{parameter.Name}\" of \"{ObjectFieldFactory.Describe(parameter.Member)}\" cannot be mapped to a GraphQL input type: {ex.Message}");
        }

        var read = typeof(InputValueConverter).GetMethod(nameof(InputValueConverter.Argument))!.MakeGenericMethod(parameter.ParameterType);
        var call = Expression.Call(read, context, Expression.Constant(name), Expression.Constant(converter, typeof(InputValueConverter)));

        // A subscription's stream method and its resolver may both take the same argument.
        foreach (var existing in descriptor.Arguments)
        {
            if (existing.Name == name) return call;
        }

        var argument = new InputValueDefinition(name, type, build.GetDescription(parameter))
        {
            DefaultValue = defaultValue,
            DeprecationReason = SchemaBuildContext.GetDeprecationReason(parameter),
            RuntimeName = parameter.Name,
        };

        if (parameter.GetCustomAttribute<IDAttribute>(false) is { } id) argument.Features[CodeFirstFeatures.Id] = id;
        descriptor.Arguments.Add(argument);
        return call;
    }
}
