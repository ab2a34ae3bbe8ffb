using GraphQL.Types;

namespace GraphQL;

/// <summary>
/// One step of a field's resolver pipeline: produces the field's value (spec §6.4.2
/// ResolveFieldValue). The innermost step is the compiled resolver; middleware wraps it.
/// </summary>
public delegate ValueTask<object?> FieldDelegate(IResolverContext context);

/// <summary>
/// Wraps the rest of a field's pipeline: may rewrite arguments it owns, call <c>next</c>, and
/// transform the value (paging slices an <see cref="IQueryable{T}"/> into a connection, filtering
/// adds a <c>Where</c>, authorization short-circuits).
/// </summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
