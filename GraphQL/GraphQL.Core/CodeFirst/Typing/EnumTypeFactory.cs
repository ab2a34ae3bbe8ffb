using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>A .NET enum as a GraphQL enum (spec §3.9): values in UPPER_SNAKE_CASE whose runtime values are the members.</summary>
internal static class EnumTypeFactory
{
    public static EnumType Create(SchemaBuildContext context, Type enumType)
    {
        var values = new List<EnumValueDefinition>();
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsDefined(typeof(GraphQLIgnoreAttribute), false)) continue;
            values.Add(new EnumValueDefinition(NameConventions.GetEnumValueName(field), field.GetValue(null), context.GetDescription(field))
            {
                DeprecationReason = SchemaBuildContext.GetDeprecationReason(field),
            });
        }

        return new EnumType(NameConventions.GetTypeName(enumType), values, context.GetDescription(enumType))
        {
            RuntimeType = enumType,
        };
    }
}
