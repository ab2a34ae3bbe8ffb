using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data.Execution;

namespace GraphQL.Data.Loaders;

/// <summary>
/// <c>source.Where(e => keys.Contains(e.Key))</c> with the keys as one array parameter, which
/// Npgsql sends as <c>WHERE key = ANY(@keys)</c>: one statement and one query plan for any batch size.
/// </summary>
internal static class KeyQuery
{
    private static readonly MethodInfo s_contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public static IQueryable<TEntity> WhereKeyIn<TEntity, TKey>(IQueryable<TEntity> source, Expression<Func<TEntity, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var array = new TKey[keys.Count];
        for (var i = 0; i < array.Length; i++) array[i] = keys[i];
        var contains = Expression.Call(s_contains.MakeGenericMethod(typeof(TKey)), ExpressionValues.Parameter(array, typeof(TKey[])), key.Body);
        return source.Where(Expression.Lambda<Func<TEntity, bool>>(contains, key.Parameters));
    }
}
