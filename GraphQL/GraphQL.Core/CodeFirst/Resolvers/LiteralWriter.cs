using System.Collections;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Writes a .NET default value (of a parameter or constructor parameter) as the GraphQL literal of its type (spec §3.6.1 DefaultValue).</summary>
internal static class LiteralWriter
{
    public static ValueNode Write(object? value, GraphQLType type)
    {
        if (value is null) return new NullValueNode();
        var nullable = type.Nullable;
        if (nullable is ListType list)
        {
            if (value is not IEnumerable items || value is string) return Write(value, list.OfType);
            var nodes = new List<ValueNode>();
            foreach (var item in items) nodes.Add(Write(item, list.OfType));
            return new ListValueNode(nodes);
        }

        return nullable switch
        {
            EnumType enumType => new EnumValueNode(enumType.GetValueByRuntimeValue(value)?.Name
                ?? throw new TypeMappingException($"the default value \"{value}\" is not a value of the enum \"{enumType.Name}\".")),
            ScalarType scalar => scalar.ToLiteral(value),
            _ => throw new TypeMappingException($"a default value of type \"{nullable}\" cannot be written as a literal."),
        };
    }
}
