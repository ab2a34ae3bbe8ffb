using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Data.Paging;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Data.Projection;

/// <summary>
/// Reads only what the request selects: the field's selection set (through a connection's
/// <c>edges.node</c> and <c>nodes</c> or a segment's <c>items</c>) becomes a <c>Select</c> of the
/// entity with just those columns and navigations, plus keys and the ordering's keys.
/// </summary>
public sealed class UseProjectionAttribute : ObjectFieldDescriptorAttribute
{
    public UseProjectionAttribute() => Order = DataMiddlewareOrder.Projection;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = QueryExecution.GetElementType(context, descriptor, "UseProjection");
        if (element is null) return;
        QueryExecution.EnsureMaterialized(descriptor, element);
        var shape = descriptor.Features.TryGetValue(DataFeatures.Paging, out var s) ? (PagingShape?)s : null;
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UseProjectionAttribute), nameof(Create), element, shape));
    }

    internal static FieldMiddleware Create<T>(PagingShape? shape) => next => async context =>
    {
        var value = await next(context).ConfigureAwait(false);
        if (QueryExecution.AsQueryable<T>(value) is not { } query) return value;
        var selector = BuildSelector(query, context, shape);
        return selector is null ? query : new ProjectedQuery<T>(query, selector);
    };

    /// <summary>
    /// The <c>Select</c> of what the field's selection reads, or null when there is nothing to project.
    /// Made once per field plan of a cached operation (the selection is fixed) and remade only when the
    /// ordering needs a column the cached projection does not read.
    /// </summary>
    internal static System.Linq.Expressions.Expression<Func<T, T>>? BuildSelector<T>(IQueryable<T> query, IResolverContext context, PagingShape? shape)
    {
        if (context.Field.Type.GetNamedType() is not ObjectType fieldType) return null;
        if (context is not GraphQL.Execution.Processing.FieldTask task) return null;
        var ordering = Paging.OrderingExtractor.Extract(query.Expression);
        if (ProjectionCache.TryGet(task.Plan, shape, ordering) is { } cached) return (System.Linq.Expressions.Expression<Func<T, T>>?)cached.Selector;

        var tree = new ProjectionTree(typeof(T));
        var fields = SelectionInspector.GetFields(task.Plan, fieldType);
        switch (shape)
        {
            case PagingShape.Connection:
                foreach (var field in fields)
                {
                    if (field.Field.Name == "nodes") AddNodes(tree, field);
                    if (field.Field.Name == "edges" && field.Field.Type.GetNamedType() is ObjectType edgeType)
                    {
                        foreach (var edgeField in field.GetSubSelection(edgeType).Fields)
                        {
                            if (edgeField.Field.Name == "node") AddNodes(tree, edgeField);
                        }
                    }
                }

                break;
            case PagingShape.CollectionSegment:
                foreach (var field in fields)
                {
                    if (field.Field.Name == "items") AddNodes(tree, field);
                }

                break;
            default:
                tree.AddSelection(fields);
                break;
        }

        foreach (var key in ordering)
        {
            if (ProjectionExpressionBuilder.PathOf(key.Selector) is { } path) tree.AddPath(path);
        }

        var selector = ProjectionExpressionBuilder.Build<T>(tree);
        ProjectionCache.Set(task.Plan, shape, tree, selector);
        return selector;
    }

    private static void AddNodes(ProjectionTree tree, FieldPlan field)
    {
        if (field.Field.Type.GetNamedType() is ObjectType nodeType) tree.AddSelection(field.GetSubSelection(nodeType).Fields);
    }
}
