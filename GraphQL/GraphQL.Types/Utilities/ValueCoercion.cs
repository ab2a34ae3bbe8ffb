using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Input coercion of spec §3.5–§3.12 and §6.4.1: literals written in a document and values that
/// arrived as JSON variables become runtime values of an input type. The executor calls these for
/// arguments (CoerceArgumentValues) and variables (CoerceVariableValues).
/// Runtime values: scalars as their <see cref="ScalarType.ParseLiteral"/>/<see cref="ScalarType.ParseValue"/>
/// give them, enums as their <see cref="EnumValueDefinition.Value"/>, lists as <c>object?[]</c>, input
/// objects as <c>Dictionary&lt;string, object?&gt;</c> holding only the fields given or defaulted (or what
/// <see cref="InputObjectType.Factory"/> makes of it).
/// </summary>
public static class ValueCoercion
{
    /// <summary>
    /// Coerces a literal that may contain variables (spec §6.4.1, graphql-js <c>valueFromAST</c>) into a
    /// runtime value. <paramref name="variables"/> holds the already coerced variable values; a variable
    /// missing from it counts as not provided. Throws <see cref="CoercionException"/> when the literal
    /// does not fit the type — a document that passed validation only fails on scalar rules.
    /// </summary>
    public static object? CoerceInputLiteral(
        ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is null) throw new ArgumentNullException(nameof(literal));
        if (type is null) throw new ArgumentNullException(nameof(type));
        return LiteralCoercer.Coerce(literal, type, variables);
    }

    /// <summary>
    /// Coerces a JSON-shaped value (spec §3.10 "Input Coercion", graphql-js <c>coerceInputValue</c>),
    /// throwing <see cref="CoercionException"/> for the first problem:
    /// <c>Invalid value "abc" at "value.price": Float cannot represent non numeric value: "abc"</c>.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        var errors = new List<string>(1);
        var result = InputValueCoercer.Coerce(value, type, null, errors);
        if (errors.Count > 0) throw new CoercionException(errors[0]);
        return result;
    }

    /// <summary>
    /// Coerces the value of variable <c>$<paramref name="variableName"/></c> (spec §6.1.2
    /// CoerceVariableValues), adding every problem to <paramref name="errors"/> as graphql-js words it:
    /// <c>Variable "$input" got invalid value "abc" at "input.price"; Float cannot represent non numeric value: "abc"</c>.
    /// Returns the coerced value; meaningless when errors were added.
    /// </summary>
    public static object? CoerceVariableValue(string variableName, object? value, GraphQLType type, ICollection<string> errors)
    {
        if (variableName is null) throw new ArgumentNullException(nameof(variableName));
        if (errors is null) throw new ArgumentNullException(nameof(errors));
        return InputValueCoercer.Coerce(value, type, variableName, errors);
    }

    /// <summary>
    /// Writes a runtime value of an input type as a literal (graphql-js <c>astFromValue</c>), or returns
    /// null when the value cannot be written (e.g. null for a non-null type).
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type) => ValueToLiteralConverter.Convert(value, type);

    /// <summary>Like <see cref="AstFromValue"/> but throws <see cref="CoercionException"/> instead of returning null.</summary>
    public static ValueNode ValueToLiteral(object? value, GraphQLType type) =>
        ValueToLiteralConverter.Convert(value, type)
        ?? throw new CoercionException($"Cannot write {Inspect.Value(value)} as a literal of type \"{type}\".");

    /// <summary>
    /// The default value of an argument or input field printed as graphql-js prints it in SDL and in
    /// <c>__InputValue.defaultValue</c>: coerced, then written back (so <c>1.0</c> for a Float prints
    /// <c>1</c> and omitted input fields with defaults appear); the literal as written when it does not coerce.
    /// </summary>
    public static string? PrintDefaultValue(InputValueDefinition definition)
    {
        var literal = definition.DefaultValue;
        if (literal is null) return null;
        try
        {
            var ast = ValueToLiteralConverter.Convert(definition.CoercedDefaultValue, definition.Type);
            return LiteralPrinter.Print(ast ?? literal);
        }
        catch (CoercionException)
        {
            return LiteralPrinter.Print(literal);
        }
    }
}
