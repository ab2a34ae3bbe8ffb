using System.Linq.Expressions;
using GraphQL.Data.Execution;
using GraphQL.Data.Sorting;

namespace GraphQL.Data.Paging;

/// <summary>
/// The seek predicate of keyset paging: rows after the cursor's row in the order
/// <c>(k1, k2, …, id)</c> are <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c> (with <c>&lt;</c> for
/// descending keys and for "before"), which an index on the keys serves however deep the page is.
/// Strings compare with <c>string.Compare</c> (EF Core translates it to <c>&gt;</c> in the column's
/// collation, the same one <c>ORDER BY</c> uses), enums by their number.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly System.Reflection.MethodInfo s_compare = typeof(string).GetMethod(nameof(string.Compare), new[] { typeof(string), typeof(string) })!;

    /// <summary>Keys of these types can be sought; others (nullable, boolean) make paging fall back to offsets.</summary>
    public static bool Supports(Type type) =>
        !(Nullable.GetUnderlyingType(type) is not null || type == typeof(bool) || type == typeof(object))
        && (type.IsValueType || type == typeof(string));

    public static Expression<Func<T, bool>> Build<T>(IReadOnlyList<SortKey> keys, object?[] values, bool after)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? result = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = Rebind(keys[i].Selector, parameter);
            var value = ExpressionValues.Parameter(values[i], key.Type);
            var greater = after != keys[i].Descending;
            var strict = Compare(key, value, greater);
            result = result is null ? strict : Expression.OrElse(strict, Expression.AndAlso(Expression.Equal(key, value), result));
        }

        return Expression.Lambda<Func<T, bool>>(result!, parameter);
    }

    private static Expression Compare(Expression key, Expression value, bool greater)
    {
        if (key.Type == typeof(string))
        {
            var compare = Expression.Call(s_compare, key, value);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }

        return Filtering.ComparableOperands.Compare(key, value, greater ? Expression.GreaterThan : Expression.LessThan);
    }

    /// <summary>The selector's body over <paramref name="parameter"/>, so all keys share one lambda parameter.</summary>
    public static Expression Rebind(LambdaExpression selector, ParameterExpression parameter) =>
        new Replace(selector.Parameters[0], parameter).Visit(selector.Body);

    private sealed class Replace : ExpressionVisitor
    {
        private readonly ParameterExpression _from;
        private readonly Expression _to;

        public Replace(ParameterExpression from, Expression to)
        {
            _from = from;
            _to = to;
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == _from ? _to : node;
    }
}
