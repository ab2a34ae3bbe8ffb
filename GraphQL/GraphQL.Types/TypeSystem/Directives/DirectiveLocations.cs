using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// The names of <see cref="DirectiveLocation"/> values as written in SDL and introspection
/// (spec §3.13 DirectiveLocations: <c>FIELD_DEFINITION</c>, ...), in the order of the specification.
/// </summary>
public static class DirectiveLocations
{
    private static readonly (DirectiveLocation Location, string Name)[] Table =
    {
        (DirectiveLocation.Query, "QUERY"),
        (DirectiveLocation.Mutation, "MUTATION"),
        (DirectiveLocation.Subscription, "SUBSCRIPTION"),
        (DirectiveLocation.Field, "FIELD"),
        (DirectiveLocation.FragmentDefinition, "FRAGMENT_DEFINITION"),
        (DirectiveLocation.FragmentSpread, "FRAGMENT_SPREAD"),
        (DirectiveLocation.InlineFragment, "INLINE_FRAGMENT"),
        (DirectiveLocation.VariableDefinition, "VARIABLE_DEFINITION"),
        (DirectiveLocation.Schema, "SCHEMA"),
        (DirectiveLocation.Scalar, "SCALAR"),
        (DirectiveLocation.Object, "OBJECT"),
        (DirectiveLocation.FieldDefinition, "FIELD_DEFINITION"),
        (DirectiveLocation.ArgumentDefinition, "ARGUMENT_DEFINITION"),
        (DirectiveLocation.Interface, "INTERFACE"),
        (DirectiveLocation.Union, "UNION"),
        (DirectiveLocation.Enum, "ENUM"),
        (DirectiveLocation.EnumValue, "ENUM_VALUE"),
        (DirectiveLocation.InputObject, "INPUT_OBJECT"),
        (DirectiveLocation.InputFieldDefinition, "INPUT_FIELD_DEFINITION"),
    };

    private static readonly DirectiveLocation[] DeprecatedOrder =
    {
        DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
        DirectiveLocation.EnumValue,
    };

    /// <summary>Every single location, in spec order.</summary>
    public static IEnumerable<DirectiveLocation> Each()
    {
        foreach (var entry in Table) yield return entry.Location;
    }

    /// <summary>The SDL name of one location (<c>FIELD_DEFINITION</c>).</summary>
    public static string GetName(DirectiveLocation location)
    {
        foreach (var entry in Table)
        {
            if (entry.Location == location) return entry.Name;
        }

        throw new ArgumentOutOfRangeException(nameof(location), location, "Not a single directive location.");
    }

    /// <summary>The location named <paramref name="name"/>, or <see cref="DirectiveLocation.None"/>.</summary>
    public static DirectiveLocation Parse(string name)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal)) return entry.Location;
        }

        return DirectiveLocation.None;
    }

    /// <summary>The single locations contained in <paramref name="locations"/>, in spec order.</summary>
    public static IReadOnlyList<DirectiveLocation> Split(DirectiveLocation locations)
    {
        var list = new List<DirectiveLocation>();
        foreach (var entry in Table)
        {
            if ((locations & entry.Location) != 0) list.Add(entry.Location);
        }

        return list;
    }

    /// <summary>
    /// The locations of a directive in the order its definition wrote them (as graphql-js keeps
    /// them for SDL and introspection), or in spec order for directives built in code.
    /// </summary>
    public static IReadOnlyList<DirectiveLocation> InDefinitionOrder(DirectiveDefinition directive)
    {
        // @deprecated is the one built-in whose listed order differs from spec order (graphql-js keeps the listed one).
        if (ReferenceEquals(directive, BuiltInDirectives.Deprecated)) return DeprecatedOrder;
        if (directive.SyntaxNode is null) return Split(directive.Locations);
        var list = new List<DirectiveLocation>();
        foreach (var name in directive.SyntaxNode.Locations)
        {
            var location = Parse(name.Value);
            if (location != DirectiveLocation.None && (directive.Locations & location) != 0 && !list.Contains(location))
            {
                list.Add(location);
            }
        }

        foreach (var location in Split(directive.Locations))
        {
            if (!list.Contains(location)) list.Add(location);
        }

        return list;
    }
}
