using System.Linq.Expressions;

namespace GraphQL.Data.Projection;

/// <summary>
/// A query and the projection to apply to it last: <c>[UseProjection]</c> hands this to paging, which
/// seeks and orders on the entity's own columns before projecting the page's rows.
/// </summary>
internal sealed record ProjectedQuery<T>(IQueryable<T> Source, Expression<Func<T, T>> Selector);
