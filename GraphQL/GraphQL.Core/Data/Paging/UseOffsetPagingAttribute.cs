using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Paging;

/// <summary>
/// Offset paging (<c>products(skip, take): ProductsCollectionSegment</c>) for lists that are browsed by
/// page number; fetches <c>take + 1</c> rows to tell whether a next page exists.
/// </summary>
public sealed class UseOffsetPagingAttribute : ObjectFieldDescriptorAttribute
{
    public UseOffsetPagingAttribute() => Order = DataMiddlewareOrder.Paging;

    public int DefaultPageSize { get; set; }
    public int MaxPageSize { get; set; }
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>The segment's name without the <c>CollectionSegment</c> suffix; default: the field name in PascalCase.</summary>
    public string? CollectionSegmentName { get; set; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = QueryExecution.GetElementType(context, descriptor, "UseOffsetPaging");
        if (element is null) return;
        descriptor.Features[DataFeatures.Materialized] = true;
        descriptor.Features[DataFeatures.Paging] = PagingShape.CollectionSegment;

        var node = context.GetOutputType(element);
        var segment = ConnectionTypeFactory.GetCollectionSegment(
            context, CollectionSegmentName ?? ConnectionTypeFactory.NameFromField(descriptor.Name), node, IncludeTotalCount);
        descriptor.Type = descriptor.Type is NonNullType ? segment.AsNonNull() : segment;
        var intType = context.GetInputType(typeof(int));
        descriptor.Arguments.Add(new InputValueDefinition("skip", intType));
        descriptor.Arguments.Add(new InputValueDefinition("take", intType));
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UseOffsetPagingAttribute), nameof(Create), element, this));
    }

    internal static FieldMiddleware Create<T>(UseOffsetPagingAttribute settings)
    {
        var compiled = new PageQueries<T>();
        return next => async context =>
        {
            var options = QueryExecution.GetService(context, s_defaults);
            var max = settings.MaxPageSize > 0 ? settings.MaxPageSize : options.MaxPageSize;
            var skip = context.ArgumentValue<int?>("skip") ?? 0;
            var take = context.ArgumentValue<int?>("take") ?? Math.Min(settings.DefaultPageSize > 0 ? settings.DefaultPageSize : options.DefaultPageSize, max);
            PagingValidation.CheckSize("skip", skip, int.MaxValue);
            PagingValidation.CheckSize("take", take, max);

            var value = await next(context).ConfigureAwait(false);
            var (source, projection) = QueryExecution.Unwrap<T>(value);
            if (source is null) return value;
            var query = source;
            var keys = Paging.OrderingExtractor.Extract(query.Expression);
            if (keys.Count == 0)
            {
                Sorting.SortExpressionBuilder.AddTiebreaker(typeof(T), keys);
                query = Sorting.SortExpressionBuilder.Apply(query, keys);
            }

            var segmentType = (ObjectType)context.Field.Type.GetNamedType();
            int? total = settings.IncludeTotalCount && SelectionInspector.Selects(SelectionInspector.GetFields(context, segmentType), "totalCount")
                ? await QueryExecution.CountAsync(query, compiled.Count, context.RequestAborted).ConfigureAwait(false)
                : null;
            var rows = await QueryExecution.ToListAsync(
                projection is null ? query.Skip(skip).Take(take + 1) : query.Skip(skip).Take(take + 1).Select(projection), compiled.Rows, context.RequestAborted).ConfigureAwait(false);
            var hasNext = rows.Count > take;
            if (hasNext) rows.RemoveAt(rows.Count - 1);
            var items = new object?[rows.Count];
            for (var i = 0; i < items.Length; i++) items[i] = rows[i];
            return new CollectionSegment(items, new CollectionSegmentInfo(hasNext, skip > 0), total);
        };
    }

    private static readonly PagingOptions s_defaults = new();
}
