using System.Collections;
using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Sorting;

/// <summary>
/// Adds <c>order: [&lt;Type&gt;SortInput!]</c> to a field whose resolver returns <see cref="IQueryable{T}"/>
/// and applies it with <c>OrderBy</c>/<c>ThenBy</c>, the entity's key last as a tiebreaker. Pass a
/// <see cref="SortInputType{T}"/> subclass to customise the input.
/// </summary>
public sealed class UseSortingAttribute : ObjectFieldDescriptorAttribute
{
    public UseSortingAttribute(Type? sortType = null)
    {
        SortType = sortType;
        Order = DataMiddlewareOrder.Sorting;
    }

    /// <summary>A <see cref="SortInputType{T}"/> subclass, or null for the inferred input.</summary>
    public Type? SortType { get; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = QueryExecution.GetElementType(context, descriptor, "UseSorting");
        if (element is null) return;
        QueryExecution.EnsureMaterialized(descriptor, element);
        SortInputTypeDefinition? definition = null;
        if (SortType is not null)
        {
            if (Activator.CreateInstance(SortType) is not ISortInputTypeDefinitionSource source || source.EntityType != element)
            {
                context.ReportError($"[UseSorting] on \"{QueryExecution.Describe(descriptor)}\" names \"{SortType.Name}\", which is not a SortInputType<{element.Name}>.");
                return;
            }

            definition = source.CreateDefinition();
        }

        var type = SortTypeFactory.GetSortInput(context, element, definition);
        descriptor.Arguments.Add(new InputValueDefinition("order", new ListType(type.AsNonNull())));
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UseSortingAttribute), nameof(Create), element, SortTypeFactory.InfoOf(type)));
    }

    internal static FieldMiddleware Create<T>(SortTypeInfo info)
    {
        var cache = new LastArgumentCache<SortKey[]>();
        return next => async context =>
        {
            var value = await next(context).ConfigureAwait(false);
            if (QueryExecution.AsQueryable<T>(value) is not { } query || AppliedSteps.Has(query, AppliedSteps.Sort)) return value;
            return Apply(query, context, info, cache);
        };
    }

    /// <summary>The query ordered by the <c>order</c> argument, key last; the same instance when there is nothing to apply.</summary>
    internal static IQueryable<T> Apply<T>(IQueryable<T> query, IResolverContext context, SortTypeInfo info, LastArgumentCache<SortKey[]>? cache = null)
    {
        var order = context.ArgumentValue<object?>("order");
        if (order is not IEnumerable entries || order is string) return query;
        var keys = cache?.Get(order, null);
        if (keys is null)
        {
            var built = SortExpressionBuilder.Build(typeof(T), info, entries);
            if (built.Count > 0) SortExpressionBuilder.AddTiebreaker(typeof(T), built);
            keys = built.ToArray();
            cache?.Set(order, null, keys);
        }

        return keys.Length == 0 ? query : SortExpressionBuilder.Apply(query, keys);
    }
}
