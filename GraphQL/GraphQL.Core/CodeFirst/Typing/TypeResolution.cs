using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// The GraphQL type of a property, return value, parameter or input field: the shape read from the
/// .NET type and its nullability, with <c>[ID]</c> and <c>[GraphQLType]</c> overrides applied.
/// </summary>
internal static class TypeResolution
{
    public static GraphQLType Resolve(SchemaBuildContext context, ICustomAttributeProvider attributes, TypeShape shape, bool input)
    {
        var typeAttribute = (GraphQLTypeAttribute?)attributes.GetCustomAttributes(typeof(GraphQLTypeAttribute), false).FirstOrDefault();
        if (typeAttribute?.TypeSyntax is { } syntax)
        {
            var parsed = TypeSyntax.Parse(syntax, context.FindType);
            Check(parsed, input);
            return parsed;
        }

        NamedType? named = null;
        if (typeAttribute?.Type is { } overrideType)
        {
            named = typeof(NamedType).IsAssignableFrom(overrideType)
                ? context.GetNamedTypeInstance(overrideType)
                : input ? context.GetInputType(overrideType) : context.GetOutputType(overrideType);
        }
        else if (attributes.IsDefined(typeof(IDAttribute), false))
        {
            named = context.FindType(context.Scalars.Id.Name);
        }

        var type = Wrap(context, shape, named, input);
        Check(type, input);
        return type;
    }

    private static GraphQLType Wrap(SchemaBuildContext context, TypeShape shape, NamedType? named, bool input)
    {
        GraphQLType type = shape.Element is { } element
            ? new ListType(Wrap(context, element, named, input))
            : named ?? (input ? context.GetInputType(shape.RuntimeType) : context.GetOutputType(shape.RuntimeType));
        if (shape.IsNullable) return type;
        return type is NamedType n ? n.AsNonNull() : new NonNullType(type);
    }

    private static void Check(GraphQLType type, bool input)
    {
        var named = type.GetNamedType();
        if (input && !type.IsInputType)
        {
            throw new TypeMappingException($"\"{named.Name}\" is an {named.Kind.ToString().ToLowerInvariant()} type, which cannot be used as an input.");
        }

        if (!input && !type.IsOutputType)
        {
            throw new TypeMappingException($"\"{named.Name}\" is an input object type, which cannot be used as an output.");
        }
    }
}
