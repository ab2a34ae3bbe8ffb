using GraphQL.Data.Execution;
using GraphQL.Data.Filtering;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Applies a field's <c>where</c>, <c>order</c> and selection inside its resolver, as Hot Chocolate's
/// <c>query.Filter(context)</c>, <c>.Sort(context)</c>, <c>.Project(context)</c>: for resolvers that
/// must compute something from the filtered rows (counts, aggregates) rather than return them. The field
/// still declares <c>[UseFiltering]</c>/<c>[UseSorting]</c>/<c>[UseProjection]</c> for its arguments and
/// input types; a query the resolver already filtered or sorted is not filtered or sorted again.
/// </summary>
public static class QueryableDataExtensions
{
    /// <summary>The query narrowed by the field's <c>where</c> argument (unchanged when it is absent).</summary>
    /// <exception cref="InvalidOperationException">The field has no <c>[UseFiltering]</c> argument.</exception>
    public static IQueryable<T> Filter<T>(this IQueryable<T> query, IResolverContext context)
    {
        var info = InfoOf<ObjectFilterTypeInfo>(context, "where", DataFeatures.Filter, "UseFiltering");
        var filtered = UseFilteringAttribute.Apply(query, context, info);
        return ReferenceEquals(filtered, query) ? query : AppliedSteps.Mark(filtered, AppliedSteps.Filter);
    }

    /// <summary>The query ordered by the field's <c>order</c> argument (unchanged when it is absent).</summary>
    /// <exception cref="InvalidOperationException">The field has no <c>[UseSorting]</c> argument.</exception>
    public static IQueryable<T> Sort<T>(this IQueryable<T> query, IResolverContext context)
    {
        var info = InfoOf<SortTypeInfo>(context, "order", DataFeatures.Sort, "UseSorting");
        var sorted = UseSortingAttribute.Apply(query, context, info);
        return ReferenceEquals(sorted, query) ? query : AppliedSteps.Mark(sorted, AppliedSteps.Sort);
    }

    /// <summary>The query selecting only what the field's selection set reads (plus keys), as <c>[UseProjection]</c> does.</summary>
    public static IQueryable<T> Project<T>(this IQueryable<T> query, IResolverContext context)
    {
        var selector = UseProjectionAttribute.BuildSelector(query, context, shape: null);
        return selector is null ? query : query.Select(selector);
    }

    private static TInfo InfoOf<TInfo>(IResolverContext context, string argument, string feature, string attribute) where TInfo : class =>
        context.Field.GetArgument(argument)?.Type.GetNamedType() is InputObjectType type && type.Features.TryGetValue(feature, out var info) && info is TInfo typed
            ? typed
            : throw new InvalidOperationException(
                $"The field \"{context.ObjectType.Name}.{context.Field.Name}\" has no \"{argument}\" argument of [{attribute}]; add [{attribute}] to it.");
}
