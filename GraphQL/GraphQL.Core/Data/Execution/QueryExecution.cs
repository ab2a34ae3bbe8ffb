using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphQL.Data.Execution;

/// <summary>
/// Shared plumbing of the data attributes: the field's entity type, the one step that executes the
/// composed query (asynchronously, with the request's cancellation token), and generic middleware
/// made once per field at schema build time.
/// </summary>
internal static class QueryExecution
{
    /// <summary>
    /// The entity type of the field's <see cref="IQueryable{T}"/> (or enumerable) result; null (and an
    /// error reported) when the field returns something else.
    /// </summary>
    public static Type? GetElementType(IDescriptorContext context, ObjectFieldDescriptor descriptor, string attribute)
    {
        if (descriptor.Features.TryGetValue(DataFeatures.ElementType, out var known) && known is Type t) return t;
        var element = descriptor.ResultType is { } result ? EntityShape.GetElementType(result) : null;
        if (element is null || EntityShape.IsScalar(element))
        {
            context.ReportError(
                $"[{attribute}] on \"{Describe(descriptor)}\" needs a resolver returning IQueryable<T> or IEnumerable<T> of an object type, but it returns \"{descriptor.ResultType?.Name ?? "nothing"}\".");
            return null;
        }

        descriptor.Features[DataFeatures.ElementType] = element;
        return element;
    }

    /// <summary>
    /// Adds the step that runs the query, unless paging (which runs it itself) or another data attribute
    /// already did: it must be the outermost data middleware, and attributes configure outermost first.
    /// </summary>
    public static void EnsureMaterialized(ObjectFieldDescriptor descriptor, Type element)
    {
        if (descriptor.Features.ContainsKey(DataFeatures.Materialized)) return;
        descriptor.Features[DataFeatures.Materialized] = true;
        descriptor.Middleware.Add(CreateMiddleware(typeof(QueryExecution), nameof(Materialize), element));
    }

    /// <summary>Calls the generic middleware factory <paramref name="factory"/> of <paramref name="owner"/> for the entity type.</summary>
    public static FieldMiddleware CreateMiddleware(Type owner, string factory, Type element, params object?[] arguments)
    {
        var method = owner.GetMethod(factory, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)!;
        return (FieldMiddleware)method.MakeGenericMethod(element).Invoke(null, arguments)!;
    }

    internal static FieldMiddleware Materialize<T>() => next => async context =>
    {
        var value = await next(context).ConfigureAwait(false);
        return AsQueryable<T>(value) is { } query && value is not List<T> ? await ToListAsync(query, context.RequestAborted).ConfigureAwait(false) : value;
    };

    /// <summary>EF Core queries run asynchronously; in-memory queryables (tests, arrays) synchronously.</summary>
    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken).ConfigureAwait(false)
            : query.ToList();

    public static async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken).ConfigureAwait(false)
            : query.Count();

    /// <summary><see cref="ToListAsync{T}(IQueryable{T}, CancellationToken)"/> through the field's compiled queries when the query can take them.</summary>
    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CompiledQueryCache<IAsyncEnumerable<T>> compiled, CancellationToken cancellationToken)
    {
        if (query.Provider is not IAsyncQueryProvider || compiled.TryRun(query, cancellationToken) is not { } rows) return await ToListAsync(query, cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(row);
        return list;
    }

    /// <summary><see cref="CountAsync{T}(IQueryable{T}, CancellationToken)"/> through the field's compiled queries when the query can take them.</summary>
    public static async ValueTask<int> CountAsync<T>(IQueryable<T> query, CompiledQueryCache<Task<int>> compiled, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider && compiled.TryRun(query, cancellationToken) is { } count
            ? await count.ConfigureAwait(false)
            : await CountAsync(query, cancellationToken).ConfigureAwait(false);

    /// <summary>Any result of the resolver as a queryable: arrays and lists become in-memory queryables.</summary>
    public static IQueryable<T>? AsQueryable<T>(object? value) => value switch
    {
        Projection.ProjectedQuery<T> projected => projected.Source.Select(projected.Selector),
        IQueryable<T> query => query,
        IEnumerable<T> items => items.AsQueryable(),
        _ => null,
    };

    /// <summary>The query and the projection still to apply (paging applies it after seeking), from any resolver result.</summary>
    public static (IQueryable<T>? Query, System.Linq.Expressions.Expression<Func<T, T>>? Projection) Unwrap<T>(object? value) =>
        value is Projection.ProjectedQuery<T> projected ? (projected.Source, projected.Selector) : (AsQueryable<T>(value), null);

    public static string Describe(ObjectFieldDescriptor descriptor) =>
        descriptor.Member is { } member ? (member.DeclaringType?.Name + "." + member.Name) : descriptor.Name;

    public static T GetService<T>(IResolverContext context, T fallback) where T : class =>
        context.Services.GetService(typeof(T)) as T ?? fallback;
}
