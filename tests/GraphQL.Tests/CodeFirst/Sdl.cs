using System.Text;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>
/// Prints a schema's non-built-in types in SDL the way graphql-js' printSchema does, roots first and
/// the rest by name. Stands in for the SDL printer of branch <c>types</c> until it lands.
/// </summary>
internal static class Sdl
{
    public static string Print(Schema schema)
    {
        var roots = new NamedType?[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.OfType<NamedType>().ToList();
        var others = schema.Types.Where(t => !t.IsBuiltIn && !t.Name.StartsWith("__", StringComparison.Ordinal) && !roots.Contains(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        return string.Join("\n\n", roots.Concat(others).Select(PrintType)) + "\n";
    }

    public static string PrintType(NamedType type)
    {
        var builder = new StringBuilder();

        // The toolkit's scalars carry long descriptions; the shape tests leave them out.
        if (type is not ScalarType) Description(builder, type.Description, "");
        switch (type)
        {
            case ScalarType:
                builder.Append("scalar ").Append(type.Name);
                break;
            case ComplexType complex:
                builder.Append(complex is ObjectType ? "type " : "interface ").Append(type.Name);
                if (complex.Interfaces.Count > 0) builder.Append(" implements ").Append(string.Join(" & ", complex.Interfaces.Select(i => i.Name)));
                builder.Append(" {\n");
                foreach (var field in complex.Fields)
                {
                    Description(builder, field.Description, "  ");
                    builder.Append("  ").Append(field.Name).Append(Arguments(field.Arguments)).Append(": ").Append(field.Type).Append(Deprecated(field.DeprecationReason)).Append('\n');
                }

                builder.Append('}');
                break;
            case UnionType union:
                builder.Append("union ").Append(type.Name).Append(" = ").Append(string.Join(" | ", union.Types.Select(t => t.Name)));
                break;
            case EnumType enumType:
                builder.Append("enum ").Append(type.Name).Append(" {\n");
                foreach (var value in enumType.Values)
                {
                    Description(builder, value.Description, "  ");
                    builder.Append("  ").Append(value.Name).Append(Deprecated(value.DeprecationReason)).Append('\n');
                }

                builder.Append('}');
                break;
            case InputObjectType input:
                builder.Append("input ").Append(type.Name).Append(input.IsOneOf ? " @oneOf" : "").Append(" {\n");
                foreach (var field in input.Fields)
                {
                    Description(builder, field.Description, "  ");
                    builder.Append("  ").Append(InputValue(field)).Append('\n');
                }

                builder.Append('}');
                break;
        }

        return builder.ToString();
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments)
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        var builder = new StringBuilder("(\n");
        foreach (var argument in arguments)
        {
            Description(builder, argument.Description, "    ");
            builder.Append("    ").Append(InputValue(argument)).Append('\n');
        }

        return builder.Append("  )").ToString();
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type + (value.DefaultValue is { } d ? " = " + Literal(d) : "") + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        "No longer supported" => " @deprecated",
        _ => " @deprecated(reason: \"" + reason + "\")",
    };

    private static void Description(StringBuilder builder, string? description, string indent)
    {
        if (description is null) return;
        builder.Append(indent).Append("\"\"\"").Append(description).Append("\"\"\"\n");
    }

    private static string Literal(ValueNode node) => node switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => "\"" + s.Value + "\"",
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + string.Join(", ", l.Items.Select(Literal)) + "]",
        _ => node.ToString()!,
    };
}
