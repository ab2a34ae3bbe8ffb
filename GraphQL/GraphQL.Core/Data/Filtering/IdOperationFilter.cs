using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>IdOperationFilterInput</c> (Hot Chocolate's name): <c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c> over
/// global IDs, for the key of a <c>[Node]</c> type and for properties marked <c>[ID]</c>/<c>[ID&lt;T&gt;]</c>,
/// so a client filters with the IDs it was given rather than with raw keys. The input type is shared;
/// each member gets its own operations, bound to the node type its IDs must name.
/// </summary>
internal static class IdOperationFilter
{
    public const string TypeName = "IdOperationFilterInput";

    /// <summary>The node type whose IDs filter <paramref name="property"/> of <paramref name="entity"/>, or null for an ordinary property.</summary>
    public static string? NodeTypeOf(IDescriptorContext context, Type entity, PropertyInfo property, FilterInputTypeDefinition? definition)
    {
        if (definition is not null && definition.IdFields.TryGetValue(property, out var configured)) return configured;
        if (property.GetCustomAttribute<IDAttribute>(true) is { } id) return id.TypeName ?? context.GetTypeName(entity);
        return entity.GetCustomAttribute<NodeAttribute>(false) is { } node && EntityShape.GetFieldName(property) == (node.IdField ?? "id")
            ? context.GetTypeName(entity)
            : null;
    }

    public static (InputObjectType Type, FilterTypeInfo Info) Create(IDescriptorContext context, string nodeType)
    {
        var type = context.GetOrAddType(TypeName, () =>
        {
            var id = NodeAttribute.IdScalar(context);
            InputObjectType? self = null;
            self = new InputObjectType(TypeName, () => new[]
            {
                new InputValueDefinition("and", new ListType(self!.AsNonNull())),
                new InputValueDefinition("or", new ListType(self!.AsNonNull())),
                new InputValueDefinition("eq", id),
                new InputValueDefinition("neq", id),
                new InputValueDefinition("in", new ListType(id.AsNonNull())),
                new InputValueDefinition("nin", new ListType(id.AsNonNull())),
            });
            return self;
        });

        var info = new OperationFilterTypeInfo(new FilterOperationHandler[]
        {
            new GlobalIdHandler(EqualsHandler.Instance, nodeType),
            new GlobalIdHandler(NotEqualsHandler.Instance, nodeType),
            new GlobalIdHandler(InHandler.Instance, nodeType),
            new GlobalIdHandler(NotInHandler.Instance, nodeType),
        });
        return (type, info);
    }
}
