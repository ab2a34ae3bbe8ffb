using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// The introspection system of spec §4: the types <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c> and
/// <c>__DirectiveLocation</c> (every schema contains them), and the meta fields <c>__schema</c>,
/// <c>__type(name:)</c> and <c>__typename</c> that the executor answers on every selection.
/// All fields resolve with <see cref="PureFieldResolverDelegate"/>s that read the type system
/// model from <see cref="IResolverContext.Parent"/>, so nothing here needs the executor.
/// </summary>
public static class Introspection
{
    /// <summary><c>__schema: __Schema!</c> (spec §4.2), valid on the query root type only.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", IntrospectionTypes.SchemaType.AsNonNull(), "Access the current type schema of this server.")
    {
        PureResolver = static context => context.Schema,
    };

    /// <summary><c>__type(name: String!): __Type</c> (spec §4.2), valid on the query root type only.</summary>
    public static FieldDefinition TypeField { get; } = new("__type", IntrospectionTypes.TypeType, "Request the type information of a single type.")
    {
        Arguments = new[] { new InputValueDefinition("name", BuiltInScalars.String.AsNonNull()) },
        PureResolver = static context => context.Schema.GetType(context.ArgumentValue<string>("name")),
    };

    /// <summary><c>__typename: String!</c> (spec §4.3), valid on every object, interface and union selection.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", BuiltInScalars.String.AsNonNull(), "The name of the current Object type at runtime.")
    {
        PureResolver = static context => context.ObjectType.Name,
    };

    public static ObjectType SchemaType => IntrospectionTypes.SchemaType;
    public static ObjectType TypeType => IntrospectionTypes.TypeType;
    public static ObjectType FieldType => IntrospectionTypes.FieldType;
    public static ObjectType InputValueType => IntrospectionTypes.InputValueType;
    public static ObjectType EnumValueType => IntrospectionTypes.EnumValueType;
    public static ObjectType DirectiveType => IntrospectionTypes.DirectiveType;
    public static EnumType TypeKindType => IntrospectionTypes.TypeKindType;
    public static EnumType DirectiveLocationType => IntrospectionTypes.DirectiveLocationType;

    /// <summary>The eight introspection types, in the order graphql-js collects them.</summary>
    public static IReadOnlyList<NamedType> Types { get; } = new NamedType[]
    {
        IntrospectionTypes.SchemaType, IntrospectionTypes.TypeType, IntrospectionTypes.TypeKindType, IntrospectionTypes.FieldType,
        IntrospectionTypes.InputValueType, IntrospectionTypes.EnumValueType, IntrospectionTypes.DirectiveType,
        IntrospectionTypes.DirectiveLocationType,
    };

    /// <summary>True for the names of the eight introspection types.</summary>
    public static bool IsIntrospectionTypeName(string name) => name switch
    {
        "__Schema" or "__Type" or "__TypeKind" or "__Field" or "__InputValue" or "__EnumValue" or "__Directive"
            or "__DirectiveLocation" => true,
        _ => false,
    };

    /// <summary>True when <paramref name="type"/> is one of the eight introspection types.</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        foreach (var t in Types)
        {
            if (ReferenceEquals(t, type)) return true;
        }

        return false;
    }
}
