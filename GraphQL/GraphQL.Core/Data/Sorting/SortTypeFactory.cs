using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Sorting;

/// <summary>The direction of one sort entry; the runtime values of <c>enum SortEnumType { ASC DESC }</c>.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>What the sort builder knows about a <c>&lt;Type&gt;SortInput</c>: one entry per sortable property.</summary>
internal sealed class SortTypeInfo
{
    public SortTypeInfo(string name) => Name = name;

    public string Name { get; }
    public Dictionary<string, SortMember> Members { get; } = new(StringComparer.Ordinal);
}

/// <summary>A sortable property: a leaf (<see cref="Nested"/> null) or a reference to sort by its fields.</summary>
internal sealed record SortMember(PropertyInfo Property, SortTypeInfo? Nested);

/// <summary>
/// Creates <c>&lt;Type&gt;SortInput</c> (scalars and enums take <c>SortEnumType</c>, references their own
/// sort input; collections cannot order a row and are left out) and <c>SortEnumType</c>, named as
/// Hot Chocolate names them.
/// </summary>
internal static class SortTypeFactory
{
    public static InputObjectType GetSortInput(IDescriptorContext context, Type entity)
    {
        var name = context.GetTypeName(entity) + "SortInput";
        return context.GetOrAddType(name, () =>
        {
            var info = new SortTypeInfo(name);
            var type = new InputObjectType(name, () => CreateFields(context, info, entity));
            type.Features[DataFeatures.Sort] = info;
            return type;
        });
    }

    public static SortTypeInfo InfoOf(InputObjectType type) => (SortTypeInfo)type.Features[DataFeatures.Sort]!;

    public static EnumType GetSortEnum(IDescriptorContext context) => context.GetOrAddType("SortEnumType", () => new EnumType("SortEnumType", new[]
    {
        new EnumValueDefinition("ASC", SortDirection.Ascending),
        new EnumValueDefinition("DESC", SortDirection.Descending),
    }));

    private static IEnumerable<InputValueDefinition> CreateFields(IDescriptorContext context, SortTypeInfo info, Type entity)
    {
        var fields = new List<InputValueDefinition>();
        foreach (var property in EntityShape.GetFieldProperties(entity))
        {
            var type = property.PropertyType;
            var name = EntityShape.GetFieldName(property);
            if (EntityShape.IsScalar(type))
            {
                if (type == typeof(byte[]) || type == typeof(Uri)) continue;
                info.Members[name] = new SortMember(property, null);
                fields.Add(new InputValueDefinition(name, GetSortEnum(context)));
            }
            else if (type.IsClass && EntityShape.GetElementType(type) is null)
            {
                var nested = GetSortInput(context, type);
                info.Members[name] = new SortMember(property, InfoOf(nested));
                fields.Add(new InputValueDefinition(name, nested));
            }
        }

        return fields;
    }
}
