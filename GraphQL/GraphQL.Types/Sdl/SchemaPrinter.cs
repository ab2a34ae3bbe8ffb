using System;
using System.Collections.Generic;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js's <c>printSchema</c> layout: descriptions as block strings
/// when they can be, <c>@deprecated</c> (with the reason unless it is the default), <c>@specifiedBy</c>
/// and <c>@oneOf</c>; built-in directives, the five spec scalars and introspection types omitted; a
/// <c>schema { }</c> block only when there is a description or a root type has a non-conventional name.
/// Unlike graphql-js, which keeps collection order, directives and then types are sorted by name
/// (ordinal), so that a checked-in <c>schema.graphql</c> does not change when registration order does;
/// fields, arguments and values keep their definition order. Other applied directives are not printed.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        if (schema is null) throw new ArgumentNullException(nameof(schema));
        var blocks = new List<string>();
        var schemaBlock = PrintSchemaDefinition(schema);
        if (schemaBlock is not null) blocks.Add(schemaBlock);

        var directives = new List<DirectiveDefinition>();
        foreach (var directive in schema.Directives)
        {
            if (!ReferenceEquals(BuiltInDirectives.Get(directive.Name), directive)) directives.Add(directive);
        }

        directives.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var directive in directives) blocks.Add(PrintDirective(directive));

        var types = new List<NamedType>();
        foreach (var type in schema.Types)
        {
            if (Introspection.IsIntrospectionType(type)) continue;
            if (type is ScalarType && BuiltInScalars.IsSpecified(type.Name)) continue;
            types.Add(type);
        }

        types.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var type in types) blocks.Add(PrintType(type));

        return string.Join("\n\n", blocks);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + Members(union),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + EnumValues(enumType),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + InputFields(input),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var conventional = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && conventional) return null;

        var sb = new StringBuilder(Description(schema.Description));
        sb.Append("schema {\n  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is not null) sb.Append("\n  mutation: ").Append(schema.MutationType.Name);
        if (schema.SubscriptionType is not null) sb.Append("\n  subscription: ").Append(schema.SubscriptionType.Name);
        return sb.Append("\n}").ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive)
    {
        var sb = new StringBuilder(Description(directive.Description));
        sb.Append("directive @").Append(directive.Name).Append(Arguments(directive.Arguments, string.Empty));
        if (directive.IsRepeatable) sb.Append(" repeatable");
        sb.Append(" on ");
        var locations = DirectiveLocations.InDefinitionOrder(directive);
        for (var i = 0; i < locations.Count; i++)
        {
            if (i > 0) sb.Append(" | ");
            sb.Append(DirectiveLocations.GetName(locations[i]));
        }

        return sb.ToString();
    }

    private static string Implements(ComplexType type)
    {
        if (type.Interfaces.Count == 0) return string.Empty;
        var names = new string[type.Interfaces.Count];
        for (var i = 0; i < names.Length; i++) names[i] = type.Interfaces[i].Name;
        return " implements " + string.Join(" & ", names);
    }

    private static string Fields(ComplexType type)
    {
        var items = new List<string>(type.Fields.Count);
        for (var i = 0; i < type.Fields.Count; i++)
        {
            var field = type.Fields[i];
            items.Add(Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": "
                + field.Type + Deprecated(field.DeprecationReason));
        }

        return Block(items);
    }

    private static string Members(UnionType union)
    {
        if (union.Types.Count == 0) return string.Empty;
        var names = new string[union.Types.Count];
        for (var i = 0; i < names.Length; i++) names[i] = union.Types[i].Name;
        return " = " + string.Join(" | ", names);
    }

    private static string EnumValues(EnumType enumType)
    {
        var items = new List<string>(enumType.Values.Count);
        for (var i = 0; i < enumType.Values.Count; i++)
        {
            var value = enumType.Values[i];
            items.Add(Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason));
        }

        return Block(items);
    }

    private static string InputFields(InputObjectType input)
    {
        var items = new List<string>(input.Fields.Count);
        for (var i = 0; i < input.Fields.Count; i++)
        {
            items.Add(Description(input.Fields[i].Description, "  ", i == 0) + "  " + InputValue(input.Fields[i]));
        }

        return Block(items);
    }

    private static string Block(List<string> items) => items.Count == 0 ? string.Empty : " {\n" + string.Join("\n", items) + "\n}";

    /// <summary>On one line when no argument has a description, else one argument per line.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0) return string.Empty;
        var anyDescription = false;
        foreach (var arg in arguments) anyDescription |= arg.Description is not null;

        var parts = new string[arguments.Count];
        if (!anyDescription)
        {
            for (var i = 0; i < parts.Length; i++) parts[i] = InputValue(arguments[i]);
            return "(" + string.Join(", ", parts) + ")";
        }

        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Description(arguments[i].Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(arguments[i]);
        }

        return "(\n" + string.Join("\n", parts) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        var defaultValue = ValueCoercion.PrintDefaultValue(value);
        if (defaultValue is not null) text += " = " + defaultValue;
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return string.Empty;
        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? " @deprecated"
            : " @deprecated(reason: " + LiteralPrinter.QuotedString(reason) + ")";
    }

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + LiteralPrinter.QuotedString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return string.Empty;
        var literal = LiteralPrinter.IsPrintableAsBlockString(description)
            ? LiteralPrinter.BlockString(description)
            : LiteralPrinter.QuotedString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation) + "\n";
    }
}
