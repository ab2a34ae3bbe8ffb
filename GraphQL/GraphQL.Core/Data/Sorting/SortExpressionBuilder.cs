using System.Collections;
using System.Linq.Expressions;
using GraphQL.Data.Execution;

namespace GraphQL.Data.Sorting;

/// <summary>One key of an ordering: <c>x => x.Brand.Name</c> and its direction.</summary>
internal readonly record struct SortKey(LambdaExpression Selector, bool Descending);

/// <summary>
/// Turns <c>order: [{ price: DESC }, { brand: { name: ASC } }]</c> into sort keys applied with
/// <c>OrderBy</c>/<c>ThenBy</c> in the order given, then the entity's key as a tiebreaker so that the
/// order is total (paging needs that: without it rows with equal prices may move between pages).
/// Each sort input object must set exactly one field, so the order of the keys is never ambiguous.
/// </summary>
internal static class SortExpressionBuilder
{
    public static List<SortKey> Build(Type entity, SortTypeInfo info, IEnumerable entries)
    {
        var keys = new List<SortKey>();
        foreach (var entry in entries)
        {
            if (entry is not IReadOnlyDictionary<string, object?> map) continue;
            var parameter = Expression.Parameter(entity, "x");
            var (body, descending) = Visit(parameter, info, map);
            keys.Add(new SortKey(Expression.Lambda(body, parameter), descending));
        }

        return keys;
    }

    private static (Expression Body, bool Descending) Visit(Expression instance, SortTypeInfo info, IReadOnlyDictionary<string, object?> map)
    {
        string? chosen = null;
        object? value = null;
        var count = 0;
        foreach (var (name, fieldValue) in map)
        {
            if (fieldValue is null) continue;
            count++;
            chosen ??= name;
            value ??= fieldValue;
        }

        if (count != 1)
        {
            var names = string.Join(", ", map.Where(p => p.Value is not null).Select(p => "\"" + p.Key + "\""));
            DataThrow.Error(
                count == 0
                    ? $"Each \"{info.Name}\" in \"order\" must set exactly one field, but one sets none."
                    : $"Each \"{info.Name}\" in \"order\" must set exactly one field, but one sets {count} ({names}); use one list entry per field.",
                DataErrorCodes.SortInvalid);
        }

        var member = info.Members[chosen!];
        var access = Expression.Property(instance, member.Property);
        if (member.Nested is null) return (access, value is SortDirection.Descending);
        return Visit(access, member.Nested, (IReadOnlyDictionary<string, object?>)value!);
    }

    /// <summary>Adds the entity's key (ascending) unless a key already orders by it.</summary>
    public static void AddTiebreaker(Type entity, List<SortKey> keys)
    {
        var key = EntityShape.GetKey(entity);
        if (key is null) return;
        foreach (var existing in keys)
        {
            if (existing.Selector.Body is MemberExpression { Member: var m, Expression: ParameterExpression } && m == key) return;
        }

        var parameter = Expression.Parameter(entity, "x");
        keys.Add(new SortKey(Expression.Lambda(Expression.Property(parameter, key), parameter), false));
    }

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var method = OrderingMethod(typeof(T), key.Selector.ReturnType, then: i > 0, key.Descending);
            expression = Expression.Call(method, expression, Expression.Quote(key.Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private static readonly System.Reflection.MethodInfo[] s_orderings =
    {
        Definition(nameof(Queryable.OrderBy)), Definition(nameof(Queryable.OrderByDescending)),
        Definition(nameof(Queryable.ThenBy)), Definition(nameof(Queryable.ThenByDescending)),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, Type, int), System.Reflection.MethodInfo> s_closedOrderings = new();

    /// <summary><c>Queryable.OrderBy</c> and its siblings closed over the entity and key types once, not searched by name per request.</summary>
    private static System.Reflection.MethodInfo OrderingMethod(Type entity, Type key, bool then, bool descending) =>
        s_closedOrderings.GetOrAdd((entity, key, (then ? 2 : 0) + (descending ? 1 : 0)), static k => s_orderings[k.Item3].MakeGenericMethod(k.Item1, k.Item2));

    private static System.Reflection.MethodInfo Definition(string name)
    {
        foreach (var method in typeof(Queryable).GetMethods())
        {
            if (method.Name == name && method.GetParameters().Length == 2) return method;
        }

        throw new MissingMethodException(nameof(Queryable), name);
    }
}
