using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Builds the introspection types of spec §4.2 with their descriptions as graphql-js exposes them
/// (so that an introspection result compares equal), each field resolved by a pure resolver.
/// Field order follows graphql-js, which is the order clients' introspection queries expect.
/// </summary>
internal static class IntrospectionTypes
{
    // The field thunks refer to types declared further down; they run only when a schema is built,
    // after every field here is initialised, which the nullable analysis cannot see.
#pragma warning disable CS8602

    private static readonly object[] BoxedKinds =
    {
        Types.TypeKind.Scalar, Types.TypeKind.Object, Types.TypeKind.Interface, Types.TypeKind.Union,
        Types.TypeKind.Enum, Types.TypeKind.InputObject, Types.TypeKind.List, Types.TypeKind.NonNull,
    };

    public static readonly EnumType TypeKindType = new(
        "__TypeKind",
        new[]
        {
            new EnumValueDefinition("SCALAR", BoxedKinds[0], "Indicates this type is a scalar."),
            new EnumValueDefinition("OBJECT", BoxedKinds[1], "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new EnumValueDefinition("INTERFACE", BoxedKinds[2], "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new EnumValueDefinition("UNION", BoxedKinds[3], "Indicates this type is a union. `possibleTypes` is a valid field."),
            new EnumValueDefinition("ENUM", BoxedKinds[4], "Indicates this type is an enum. `enumValues` is a valid field."),
            new EnumValueDefinition("INPUT_OBJECT", BoxedKinds[5], "Indicates this type is an input object. `inputFields` is a valid field."),
            new EnumValueDefinition("LIST", BoxedKinds[6], "Indicates this type is a list. `ofType` is a valid field."),
            new EnumValueDefinition("NON_NULL", BoxedKinds[7], "Indicates this type is a non-null. `ofType` is a valid field."),
        },
        "An enum describing what kind of type a given `__Type` is.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(Types.TypeKind),
    };

    public static readonly EnumType DirectiveLocationType = new(
        "__DirectiveLocation",
        CreateLocationValues(),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(Types.DirectiveLocation),
    };

    public static readonly ObjectType SchemaType = new(
        "__Schema",
        () => new[]
        {
            Field("description", BuiltInScalars.String, c => Parent<Schema>(c).Description),
            Field("types", TypeType.AsNonNull().AsListOf().NonNull(), c => Parent<Schema>(c).Types, "A list of all types supported by this server."),
            Field("queryType", TypeType.AsNonNull(), c => Parent<Schema>(c).QueryType, "The type that query operations will be rooted at."),
            Field("mutationType", TypeType, c => Parent<Schema>(c).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field("subscriptionType", TypeType, c => Parent<Schema>(c).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            Field("directives", DirectiveType.AsNonNull().AsListOf().NonNull(), c => Parent<Schema>(c).Directives, "A list of all directives supported by this server."),
        },
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(Schema),
    };

    public static readonly ObjectType TypeType = new(
        "__Type",
        () => new[]
        {
            Field("kind", TypeKindType.AsNonNull(), c => BoxedKinds[(int)Parent<GraphQLType>(c).Kind]),
            Field("name", BuiltInScalars.String, c => (c.Parent as NamedType)?.Name),
            Field("description", BuiltInScalars.String, c => (c.Parent as NamedType)?.Description),
            Field("specifiedByURL", BuiltInScalars.String, c => (c.Parent as ScalarType)?.SpecifiedByUrl),
            Field("fields", FieldType.AsNonNull().AsListOf(), TypeFields, args: IncludeDeprecatedArgument()),
            Field("interfaces", TypeType.AsNonNull().AsListOf(), c => (c.Parent as ComplexType)?.Interfaces),
            Field("possibleTypes", TypeType.AsNonNull().AsListOf(), PossibleTypes),
            Field("enumValues", EnumValueType.AsNonNull().AsListOf(), EnumValues, args: IncludeDeprecatedArgument()),
            Field("inputFields", InputValueType.AsNonNull().AsListOf(), InputFields, args: IncludeDeprecatedArgument()),
            Field("ofType", TypeType, c => c.Parent switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            }),
            Field("isOneOf", BuiltInScalars.Boolean, c => c.Parent is InputObjectType input ? ScalarHelpers.Box(input.IsOneOf) : null),
        },
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(GraphQLType),
    };

    public static readonly ObjectType FieldType = new(
        "__Field",
        () => new[]
        {
            Field("name", BuiltInScalars.String.AsNonNull(), c => Parent<FieldDefinition>(c).Name),
            Field("description", BuiltInScalars.String, c => Parent<FieldDefinition>(c).Description),
            Field("args", InputValueType.AsNonNull().AsListOf().NonNull(), c => FilterDeprecated(Parent<FieldDefinition>(c).Arguments, c), args: IncludeDeprecatedArgument()),
            Field("type", TypeType.AsNonNull(), c => Parent<FieldDefinition>(c).Type),
            Field("isDeprecated", BuiltInScalars.Boolean.AsNonNull(), c => ScalarHelpers.Box(Parent<FieldDefinition>(c).IsDeprecated)),
            Field("deprecationReason", BuiltInScalars.String, c => Parent<FieldDefinition>(c).DeprecationReason),
        },
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(FieldDefinition),
    };

    public static readonly ObjectType InputValueType = new(
        "__InputValue",
        () => new[]
        {
            Field("name", BuiltInScalars.String.AsNonNull(), c => Parent<InputValueDefinition>(c).Name),
            Field("description", BuiltInScalars.String, c => Parent<InputValueDefinition>(c).Description),
            Field("type", TypeType.AsNonNull(), c => Parent<InputValueDefinition>(c).Type),
            Field("defaultValue", BuiltInScalars.String, c => ValueCoercion.PrintDefaultValue(Parent<InputValueDefinition>(c)), "A GraphQL-formatted string representing the default value for this input value."),
            Field("isDeprecated", BuiltInScalars.Boolean.AsNonNull(), c => ScalarHelpers.Box(Parent<InputValueDefinition>(c).IsDeprecated)),
            Field("deprecationReason", BuiltInScalars.String, c => Parent<InputValueDefinition>(c).DeprecationReason),
        },
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(InputValueDefinition),
    };

    public static readonly ObjectType EnumValueType = new(
        "__EnumValue",
        () => new[]
        {
            Field("name", BuiltInScalars.String.AsNonNull(), c => Parent<EnumValueDefinition>(c).Name),
            Field("description", BuiltInScalars.String, c => Parent<EnumValueDefinition>(c).Description),
            Field("isDeprecated", BuiltInScalars.Boolean.AsNonNull(), c => ScalarHelpers.Box(Parent<EnumValueDefinition>(c).IsDeprecated)),
            Field("deprecationReason", BuiltInScalars.String, c => Parent<EnumValueDefinition>(c).DeprecationReason),
        },
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(EnumValueDefinition),
    };

    public static readonly ObjectType DirectiveType = new(
        "__Directive",
        () => new[]
        {
            Field("name", BuiltInScalars.String.AsNonNull(), c => Parent<DirectiveDefinition>(c).Name),
            Field("description", BuiltInScalars.String, c => Parent<DirectiveDefinition>(c).Description),
            Field("isRepeatable", BuiltInScalars.Boolean.AsNonNull(), c => ScalarHelpers.Box(Parent<DirectiveDefinition>(c).IsRepeatable)),
            Field("locations", DirectiveLocationType.AsNonNull().AsListOf().NonNull(), Locations),
            Field("args", InputValueType.AsNonNull().AsListOf().NonNull(), c => FilterDeprecated(Parent<DirectiveDefinition>(c).Arguments, c), args: IncludeDeprecatedArgument()),
        },
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.")
    {
        IsBuiltIn = true,
        RuntimeType = typeof(DirectiveDefinition),
    };

#pragma warning restore CS8602

    /// <summary>
    /// Forces every field list once, under the type initializer's lock: the types are shared by all
    /// schemas, and schemas may be built on several threads at once.
    /// </summary>
    static IntrospectionTypes()
    {
        foreach (var type in new[] { SchemaType, TypeType, FieldType, InputValueType, EnumValueType, DirectiveType })
        {
            foreach (var field in type.Fields) _ = field.Type;
            _ = type.Interfaces;
        }
    }

    private static FieldDefinition Field(
        string name,
        GraphQLType type,
        PureFieldResolverDelegate resolver,
        string? description = null,
        InputValueDefinition[]? args = null) =>
        new(name, type, description)
        {
            PureResolver = resolver,
            Arguments = args ?? Array.Empty<InputValueDefinition>(),
        };

    private static NonNullType NonNull(this ListType type) => new(type);

    private static ListType AsListOf(this GraphQLType type) => type is NamedType named ? named.AsList() : new ListType(type);

    private static InputValueDefinition[] IncludeDeprecatedArgument() => new[]
    {
        // Boolean! = false per spec §4.2 (September 2025); graphql-js 16 still declares it nullable.
        new InputValueDefinition("includeDeprecated", BuiltInScalars.Boolean.AsNonNull()) { DefaultValue = BooleanValueNode.False },
    };

    private static T Parent<T>(IResolverContext context) where T : class =>
        context.Parent as T ?? throw new InvalidOperationException(
            $"Introspection expected a {typeof(T).Name} parent but got {context.Parent?.GetType().Name ?? "null"}.");

    /// <summary>The <c>includeDeprecated</c> argument; null (explicitly given) counts as false.</summary>
    private static bool IncludeDeprecated(IResolverContext context) =>
        context.ArgumentValue<object?>("includeDeprecated") is true;

    private static object? TypeFields(IResolverContext context)
    {
        if (context.Parent is not ComplexType complex) return null;
        if (IncludeDeprecated(context)) return complex.Fields;
        var list = new List<FieldDefinition>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            if (!field.IsDeprecated) list.Add(field);
        }

        return list;
    }

    private static object? PossibleTypes(IResolverContext context) =>
        context.Parent is NamedType { IsAbstractType: true } abstractType ? context.Schema.GetPossibleTypes(abstractType) : null;

    private static object? EnumValues(IResolverContext context)
    {
        if (context.Parent is not EnumType enumType) return null;
        if (IncludeDeprecated(context)) return enumType.Values;
        var list = new List<EnumValueDefinition>(enumType.Values.Count);
        foreach (var value in enumType.Values)
        {
            if (!value.IsDeprecated) list.Add(value);
        }

        return list;
    }

    private static object? InputFields(IResolverContext context) =>
        context.Parent is InputObjectType input ? FilterDeprecated(input.Fields, context) : null;

    private static IReadOnlyList<InputValueDefinition> FilterDeprecated(IReadOnlyList<InputValueDefinition> values, IResolverContext context)
    {
        if (IncludeDeprecated(context)) return values;
        var list = new List<InputValueDefinition>(values.Count);
        foreach (var value in values)
        {
            if (!value.IsDeprecated) list.Add(value);
        }

        return list;
    }

    private static object? Locations(IResolverContext context)
    {
        var locations = DirectiveLocations.InDefinitionOrder(Parent<DirectiveDefinition>(context));
        var result = new object[locations.Count];
        for (var i = 0; i < result.Length; i++) result[i] = locations[i];
        return result;
    }

    private static EnumValueDefinition[] CreateLocationValues()
    {
        var values = new List<EnumValueDefinition>();
        foreach (var location in DirectiveLocations.Each())
        {
            values.Add(new EnumValueDefinition(DirectiveLocations.GetName(location), location, LocationDescription(location)));
        }

        return values.ToArray();
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        Types.DirectiveLocation.Query => "Location adjacent to a query operation.",
        Types.DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        Types.DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        Types.DirectiveLocation.Field => "Location adjacent to a field.",
        Types.DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        Types.DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        Types.DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        Types.DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        Types.DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        Types.DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        Types.DirectiveLocation.Object => "Location adjacent to an object type definition.",
        Types.DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        Types.DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        Types.DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        Types.DirectiveLocation.Union => "Location adjacent to a union definition.",
        Types.DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        Types.DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        Types.DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };
}
