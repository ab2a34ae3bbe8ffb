using System.Reflection;

namespace GraphQL.Data.Filtering;

/// <summary>What the filter visitor knows about a filter input type; kept in the type's <c>Features</c>.</summary>
internal abstract class FilterTypeInfo
{
}

/// <summary><c>ProductFilterInput</c>: <c>and</c>, <c>or</c> and one field per filterable property.</summary>
internal sealed class ObjectFilterTypeInfo : FilterTypeInfo
{
    public ObjectFilterTypeInfo(Type entityType) => EntityType = entityType;

    public Type EntityType { get; }

    /// <summary>Filled when the input type's fields are built (they are a thunk, so cyclic models work).</summary>
    public Dictionary<string, FilterMember> Members { get; } = new(StringComparer.Ordinal);
}

/// <summary>A property of an entity and the filter type of its input field.</summary>
internal sealed class FilterMember
{
    public FilterMember(PropertyInfo property, FilterTypeInfo type)
    {
        Property = property;
        Type = type;
    }

    public PropertyInfo Property { get; }
    public FilterTypeInfo Type { get; }
}

/// <summary><c>StringOperationFilterInput</c> and friends: <c>and</c>, <c>or</c> and the operations.</summary>
internal sealed class OperationFilterTypeInfo : FilterTypeInfo
{
    public OperationFilterTypeInfo(IReadOnlyList<FilterOperationHandler> handlers)
    {
        foreach (var handler in handlers) Handlers.Add(handler.Name, handler);
    }

    public Dictionary<string, FilterOperationHandler> Handlers { get; } = new(StringComparer.Ordinal);
}

/// <summary><c>ListFilterInputTypeOfVariantFilterInput</c>: <c>all</c>, <c>none</c>, <c>some</c> (element filters) and <c>any</c>.</summary>
internal sealed class ListFilterTypeInfo : FilterTypeInfo
{
    public ListFilterTypeInfo(Type elementType, FilterTypeInfo element)
    {
        ElementType = elementType;
        Element = element;
    }

    public Type ElementType { get; }
    public FilterTypeInfo Element { get; }
}
