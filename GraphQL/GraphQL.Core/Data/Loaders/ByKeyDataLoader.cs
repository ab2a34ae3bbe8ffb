using System.Linq.Expressions;
using GraphQL.Data.Execution;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Data;

/// <summary>
/// Loads entities by key, a batch at a time, with one <c>WHERE key = ANY(@keys)</c> statement on a
/// context of its own (made by the factory given to the constructor and disposed after the batch, so
/// it never races a resolver's context):
/// <code>
/// public sealed class BrandByIdLoader(IDbContextFactory&lt;CatalogDbContext&gt; db) : ByKeyDataLoader&lt;int, Brand&gt;(db.CreateDbContext);
/// </code>
/// The key is the entity's primary key by EF Core's conventions (<c>[Key]</c>, <c>Id</c>,
/// <c>&lt;Type&gt;Id</c>); override <see cref="Key"/> to load by another unique column.
/// </summary>
public abstract class ByKeyDataLoader<TKey, TEntity> : BatchDataLoader<TKey, TEntity>
    where TKey : notnull
    where TEntity : class
{
    private readonly Func<DbContext> _createContext;

    protected ByKeyDataLoader(Func<DbContext> createContext) => _createContext = createContext ?? throw new ArgumentNullException(nameof(createContext));

    /// <summary>The unique key loaded by (default: the primary key).</summary>
    protected virtual Expression<Func<TEntity, TKey>> Key => KeyOf<TKey, TEntity>.Conventional;

    /// <summary>The entities to look in (default: the set, untracked); override to include or filter.</summary>
    protected virtual IQueryable<TEntity> Query(DbContext context) => context.Set<TEntity>().AsNoTracking();

    protected sealed override async Task<IReadOnlyDictionary<TKey, TEntity>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var (key, read) = KeyOf<TKey, TEntity>.For(this, static loader => ((ByKeyDataLoader<TKey, TEntity>)loader).Key);
        await using var context = _createContext();
        var entities = await Loaders.KeyQuery.WhereKeyIn(Query(context), key, keys).ToListAsync(cancellationToken).ConfigureAwait(false);
        var map = new Dictionary<TKey, TEntity>(entities.Count);
        foreach (var entity in entities) map[read(entity)] = entity;
        return map;
    }
}

/// <summary>
/// Loads the children of many parents with one <c>WHERE foreign_key = ANY(@keys)</c> statement
/// (<c>variants</c> of 50 products in one go), on a context of its own like <see cref="ByKeyDataLoader{TKey, TEntity}"/>:
/// <code>
/// public sealed class VariantsByProductLoader(IDbContextFactory&lt;CatalogDbContext&gt; db)
///     : GroupedByForeignKeyDataLoader&lt;int, Variant&gt;(db.CreateDbContext)
/// {
///     protected override Expression&lt;Func&lt;Variant, int&gt;&gt; ForeignKey =&gt; v =&gt; v.ProductId;
/// }
/// </code>
/// </summary>
public abstract class GroupedByForeignKeyDataLoader<TKey, TEntity> : GroupedDataLoader<TKey, TEntity>
    where TKey : notnull
    where TEntity : class
{
    private readonly Func<DbContext> _createContext;

    protected GroupedByForeignKeyDataLoader(Func<DbContext> createContext) => _createContext = createContext ?? throw new ArgumentNullException(nameof(createContext));

    /// <summary>The column that points at the parent.</summary>
    protected abstract Expression<Func<TEntity, TKey>> ForeignKey { get; }

    /// <summary>The children to look in (default: the set, untracked); override to order, include or filter.</summary>
    protected virtual IQueryable<TEntity> Query(DbContext context) => context.Set<TEntity>().AsNoTracking();

    protected sealed override async Task<ILookup<TKey, TEntity>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var (key, read) = KeyOf<TKey, TEntity>.For(this, static loader => ((GroupedByForeignKeyDataLoader<TKey, TEntity>)loader).ForeignKey);
        await using var context = _createContext();
        var groups = new ValueGroups<TKey, TEntity>(keys.Count * 4);
        await foreach (var entity in Loaders.KeyQuery.WhereKeyIn(Query(context), key, keys).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            groups.Add(read(entity), entity);
        }

        return groups;
    }
}

/// <summary>
/// Key expressions and their compiled readers, cached per loader class (a loader's <c>Key</c> builds a
/// new expression tree on every call, so the tree itself is no cache key): compiled once, not per batch.
/// </summary>
internal static class KeyOf<TKey, TEntity>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (Expression<Func<TEntity, TKey>>, Func<TEntity, TKey>)> s_byLoader = new();

    public static (Expression<Func<TEntity, TKey>> Key, Func<TEntity, TKey> Read) For(object loader, Func<object, Expression<Func<TEntity, TKey>>> key) =>
        s_byLoader.GetOrAdd(loader.GetType(), static (_, state) =>
        {
            var expression = state.key(state.loader);
            return (expression, expression.Compile());
        }, (loader, key));

    public static readonly Expression<Func<TEntity, TKey>> Conventional = CreateConventional();

    private static Expression<Func<TEntity, TKey>> CreateConventional()
    {
        var property = EntityShape.GetKey(typeof(TEntity));
        if (property is null || property.PropertyType != typeof(TKey))
        {
            // A sentence on first use rather than a type initializer failure.
            var message = $"\"{typeof(TEntity).Name}\" has no key property of type \"{typeof(TKey).Name}\" ([Key], Id or {typeof(TEntity).Name}Id); override Key in the loader.";
            var e = Expression.Parameter(typeof(TEntity), "e");
            var fail = Expression.Throw(Expression.Constant(new InvalidOperationException(message)), typeof(TKey));
            return Expression.Lambda<Func<TEntity, TKey>>(fail, e);
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        return Expression.Lambda<Func<TEntity, TKey>>(Expression.Property(entity, property), entity);
    }
}
