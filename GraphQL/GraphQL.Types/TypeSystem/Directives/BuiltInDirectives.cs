using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The directives of spec §3.13 that every schema has: <c>@skip</c>, <c>@include</c>,
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>. The <see cref="Schema"/> adds any that
/// a schema does not define itself; they are never printed in SDL.
/// </summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written (spec §3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    private const DirectiveLocation ConditionalLocations =
        DirectiveLocation.Field | DirectiveLocation.FragmentSpread | DirectiveLocation.InlineFragment;

    /// <summary><c>@include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (spec §3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        ConditionalLocations,
        "Directs the executor to include this field or fragment only when the `if` argument is true.")
    {
        Arguments = new[] { new InputValueDefinition("if", BuiltInScalars.Boolean.AsNonNull(), "Included when true.") },
        IsBuiltIn = true,
    };

    /// <summary><c>@skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (spec §3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        ConditionalLocations,
        "Directs the executor to skip this field or fragment when the `if` argument is true.")
    {
        Arguments = new[] { new InputValueDefinition("if", BuiltInScalars.Boolean.AsNonNull(), "Skipped when true.") },
        IsBuiltIn = true,
    };

    /// <summary>
    /// <c>@deprecated(reason: String! = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION
    /// | INPUT_FIELD_DEFINITION | ENUM_VALUE</c> (spec §3.13.3).
    /// </summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        DirectiveLocation.FieldDefinition | DirectiveLocation.ArgumentDefinition
            | DirectiveLocation.InputFieldDefinition | DirectiveLocation.EnumValue,
        "Marks an element of a GraphQL schema as no longer supported.")
    {
        Arguments = new[]
        {
            new InputValueDefinition(
                "reason",
                BuiltInScalars.String.AsNonNull(),
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
            {
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            },
        },
        IsBuiltIn = true,
    };

    /// <summary><c>@specifiedBy(url: String!) on SCALAR</c> (spec §3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        DirectiveLocation.Scalar,
        "Exposes a URL that specifies the behavior of this scalar.")
    {
        Arguments = new[]
        {
            new InputValueDefinition("url", BuiltInScalars.String.AsNonNull(), "The URL that specifies the behavior of this scalar."),
        },
        IsBuiltIn = true,
    };

    /// <summary><c>@oneOf on INPUT_OBJECT</c> (spec §3.13.5).</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        DirectiveLocation.InputObject,
        "Indicates exactly one field must be supplied and this field must not be `null`.")
    {
        IsBuiltIn = true,
    };

    /// <summary>All five, in graphql-js's order (that of <c>__schema { directives }</c>).</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    /// <summary>True when <paramref name="name"/> is one of the five built-in directive names.</summary>
    public static bool IsBuiltInName(string name) =>
        name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    /// <summary>The built-in directive named <paramref name="name"/>, or null.</summary>
    public static DirectiveDefinition? Get(string name)
    {
        foreach (var directive in All)
        {
            if (string.Equals(directive.Name, name, StringComparison.Ordinal)) return directive;
        }

        return null;
    }
}
