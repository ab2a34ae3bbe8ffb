using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Filtering;

/// <summary>
/// Creates the filter input types of <c>[UseFiltering]</c> with Hot Chocolate's names:
/// <c>ProductFilterInput</c> (per entity), <c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>,
/// <c>&lt;Enum&gt;OperationFilterInput</c> (per operand type), <c>ListFilterInputTypeOfVariantFilterInput</c>
/// and <c>ListStringOperationFilterInput</c> (per list), <c>IdOperationFilterInput</c> for global IDs
/// (<see cref="IdOperationFilter"/>). A property whose type has no filter operations
/// is a schema build error naming it: a filter that cannot become SQL must not reach a request.
/// </summary>
internal static class FilterTypeFactory
{
    private static readonly FilterOperationHandler[] s_string =
    {
        EqualsHandler.Instance, NotEqualsHandler.Instance, StringContainsHandler.Instance, StringNotContainsHandler.Instance,
        StringStartsWithHandler.Instance, StringNotStartsWithHandler.Instance, StringEndsWithHandler.Instance, StringNotEndsWithHandler.Instance,
        InHandler.Instance, NotInHandler.Instance,
    };

    private static readonly FilterOperationHandler[] s_comparable =
    {
        EqualsHandler.Instance, NotEqualsHandler.Instance, InHandler.Instance, NotInHandler.Instance,
        ComparableGreaterThanHandler.Instance, ComparableNotGreaterThanHandler.Instance,
        ComparableGreaterThanOrEqualHandler.Instance, ComparableNotGreaterThanOrEqualHandler.Instance,
        ComparableLessThanHandler.Instance, ComparableNotLessThanHandler.Instance,
        ComparableLessThanOrEqualHandler.Instance, ComparableNotLessThanOrEqualHandler.Instance,
    };

    private static readonly FilterOperationHandler[] s_equatable = { EqualsHandler.Instance, NotEqualsHandler.Instance, InHandler.Instance, NotInHandler.Instance };
    private static readonly FilterOperationHandler[] s_boolean = { EqualsHandler.Instance, NotEqualsHandler.Instance };

    private static readonly HashSet<Type> s_comparableTypes = new()
    {
        typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid),
    };

    public static InputObjectType GetObjectFilter(IDescriptorContext context, Type entity, FilterInputTypeDefinition? definition = null)
    {
        var name = definition?.Name ?? context.GetTypeName(entity) + "FilterInput";
        var origin = new FilterOrigin(entity, definition?.Source);
        var type = context.GetOrAddType(name, () =>
        {
            var info = new ObjectFilterTypeInfo(entity);
            InputObjectType? self = null;
            self = new InputObjectType(name, () => CreateObjectFields(context, self!, info, entity, definition))
            {
                RuntimeType = null,
            };
            self.Features[DataFeatures.Filter] = info;
            self.Features[OriginFeature] = origin;
            return self;
        });

        // Two different filters under one name would make one of them silently filter with the other's fields.
        if (type.Features.TryGetValue(OriginFeature, out var existing) && existing is FilterOrigin first && first != origin)
        {
            context.ReportError(
                $"The filter input types of {first.Describe()} and {origin.Describe()} are both named \"{name}\": "
                + "give one of them its own name with descriptor.Name(\"...\") in its FilterInputType's Configure.");
        }

        return type;
    }

    private const string OriginFeature = "GraphQL.Data.FilterOrigin";

    /// <summary>What a filter input type was made from: an entity's default filter, or a FilterInputType&lt;T&gt; subclass.</summary>
    private sealed record FilterOrigin(Type Entity, Type? Source)
    {
        public string Describe() => Source is null ? $"\"{Entity.FullName}\" (default)" : $"\"{Source.FullName}\"";
    }

    public static ObjectFilterTypeInfo InfoOf(InputObjectType type) => (ObjectFilterTypeInfo)type.Features[DataFeatures.Filter]!;

    private static IEnumerable<InputValueDefinition> CreateObjectFields(
        IDescriptorContext context, InputObjectType self, ObjectFilterTypeInfo info, Type entity, FilterInputTypeDefinition? definition)
    {
        var fields = new List<InputValueDefinition>
        {
            new("and", new ListType(self.AsNonNull())),
            new("or", new ListType(self.AsNonNull())),
        };

        foreach (var property in EntityShape.GetFieldProperties(entity))
        {
            string? rename = null;
            if (definition is not null)
            {
                if (definition.Ignored.Contains(property)) continue;
                var listed = definition.Fields.TryGetValue(property, out rename);
                if (definition.BindExplicitly && !listed) continue;
            }

            var field = IdOperationFilter.NodeTypeOf(context, entity, property, definition) is { } nodeType
                ? IdOperationFilter.Create(context, nodeType)
                : CreateMemberField(context, property);
            if (field is null) continue;
            var fieldName = rename ?? EntityShape.GetFieldName(property);
            info.Members[fieldName] = new FilterMember(property, field.Value.Info);
            fields.Add(new InputValueDefinition(fieldName, field.Value.Type));
        }

        return fields;
    }

    private static (InputObjectType Type, FilterTypeInfo Info)? CreateMemberField(IDescriptorContext context, PropertyInfo property)
    {
        var type = property.PropertyType;
        if (GetOperationFilter(context, type) is { } operation) return operation;

        if (EntityShape.GetElementType(type) is { } element && type != typeof(byte[]))
        {
            if (GetOperationFilter(context, element) is { } elementOperation)
            {
                var listName = "List" + elementOperation.Type.Name;
                var info = new ListFilterTypeInfo(element, elementOperation.Info);
                return (context.GetOrAddType(listName, () => CreateListType(context, listName, elementOperation.Type, info)), info);
            }

            if (!EntityShape.IsScalar(element))
            {
                var elementFilter = GetObjectFilter(context, element);
                var listName = "ListFilterInputTypeOf" + elementFilter.Name;
                var info = new ListFilterTypeInfo(element, InfoOf(elementFilter));
                return (context.GetOrAddType(listName, () => CreateListType(context, listName, elementFilter, info)), info);
            }
        }
        else if (!EntityShape.IsScalar(type) && type.IsClass)
        {
            var nested = GetObjectFilter(context, type);
            return (nested, InfoOf(nested));
        }

        context.ReportError(
            $"The property \"{property.DeclaringType?.Name}.{property.Name}\" of type \"{type.Name}\" cannot be filtered: no filter operations exist for \"{type.Name}\"; "
            + "leave it out with [GraphQLIgnore] or a FilterInputType.");
        return null;
    }

    private static (InputObjectType Type, FilterTypeInfo Info)? GetOperationFilter(IDescriptorContext context, Type type)
    {
        var operand = Nullable.GetUnderlyingType(type) ?? type;
        FilterOperationHandler[] handlers;
        if (operand == typeof(string)) handlers = s_string;
        else if (operand == typeof(bool)) handlers = s_boolean;
        else if (operand.IsEnum) handlers = s_equatable;
        else if (s_comparableTypes.Contains(operand)) handlers = s_comparable;
        else return null;

        var graphType = context.GetInputType(operand);
        var prefix = graphType.Name == "UUID" ? "Uuid" : graphType.Name;
        var name = prefix + "OperationFilterInput";
        var filter = context.GetOrAddType(name, () =>
        {
            InputObjectType? self = null;
            self = new InputObjectType(name, () => CreateOperationFields(self!, graphType, handlers));
            self.Features[DataFeatures.Filter] = new OperationFilterTypeInfo(handlers);
            return self;
        });

        return (filter, (FilterTypeInfo)filter.Features[DataFeatures.Filter]!);
    }

    private static IEnumerable<InputValueDefinition> CreateOperationFields(InputObjectType self, NamedType operand, FilterOperationHandler[] handlers)
    {
        yield return new InputValueDefinition("and", new ListType(self.AsNonNull()));
        yield return new InputValueDefinition("or", new ListType(self.AsNonNull()));
        foreach (var handler in handlers)
        {
            yield return new InputValueDefinition(handler.Name, handler.TakesList ? operand.AsList() : operand);
        }
    }

    private static InputObjectType CreateListType(IDescriptorContext context, string name, InputObjectType element, ListFilterTypeInfo info)
    {
        var type = new InputObjectType(name, () => new[]
        {
            new InputValueDefinition("all", element),
            new InputValueDefinition("none", element),
            new InputValueDefinition("some", element),
            new InputValueDefinition("any", context.GetInputType(typeof(bool))),
        });
        type.Features[DataFeatures.Filter] = info;
        return type;
    }
}
