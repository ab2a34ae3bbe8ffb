using System.Collections.Concurrent;
using System.Reflection;

namespace GraphQL.Data.Execution;

/// <summary>
/// The <see cref="Enumerable"/> methods filters put into expressions, looked up once and closed over
/// each element type once: building a filter per request then does no method search.
/// </summary>
internal static class EnumerableMethods
{
    private static readonly MethodInfo s_contains = Find(nameof(Enumerable.Contains), 2);
    private static readonly MethodInfo s_any = Find(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo s_anyWhere = Find(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo s_allWhere = Find(nameof(Enumerable.All), 2);
    private static readonly ConcurrentDictionary<(MethodInfo, Type), MethodInfo> s_closed = new();

    /// <summary><c>Enumerable.Contains&lt;T&gt;(IEnumerable&lt;T&gt;, T)</c>.</summary>
    public static MethodInfo Contains(Type element) => Close(s_contains, element);

    /// <summary><c>Any</c>, <c>All</c> (with or without a predicate) by name, as the list filters name them.</summary>
    public static MethodInfo Get(string name, Type element, bool withPredicate) => name switch
    {
        nameof(Enumerable.Any) => Close(withPredicate ? s_anyWhere : s_any, element),
        nameof(Enumerable.All) when withPredicate => Close(s_allWhere, element),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Only Any and All are used by list filters."),
    };

    private static MethodInfo Close(MethodInfo definition, Type element) =>
        s_closed.GetOrAdd((definition, element), static key => key.Item1.MakeGenericMethod(key.Item2));

    private static MethodInfo Find(string name, int parameters)
    {
        foreach (var method in typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.Name == name && method.GetParameters().Length == parameters && method.GetGenericArguments().Length == 1) return method;
        }

        throw new MissingMethodException(nameof(Enumerable), name);
    }
}
