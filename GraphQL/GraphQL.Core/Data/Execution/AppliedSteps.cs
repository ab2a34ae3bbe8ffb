using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace GraphQL.Data.Execution;

/// <summary>
/// Remembers which queries a resolver already filtered or sorted by hand (<c>query.Filter(context)</c>),
/// so the field's middleware does not apply the same <c>where</c> twice. Keyed by the query's expression
/// node (immutable, so a mark can never leak to another query); operators the resolver adds afterwards
/// (<c>.Where(…)</c>, <c>.OrderBy(…)</c>) wrap it, so the middleware looks down the chain of sources.
/// </summary>
internal static class AppliedSteps
{
    public const int Filter = 1;
    public const int Sort = 2;

    private static readonly ConditionalWeakTable<Expression, StrongBox<int>> s_marks = new();

    public static IQueryable<T> Mark<T>(IQueryable<T> query, int step)
    {
        var box = s_marks.GetValue(query.Expression, static _ => new StrongBox<int>());
        lock (box) box.Value |= step;
        return query;
    }

    public static bool Has(IQueryable query, int step)
    {
        var current = query.Expression;
        while (true)
        {
            if (s_marks.TryGetValue(current, out var box) && (box.Value & step) != 0) return true;
            if (current is not MethodCallExpression { Arguments.Count: > 0 } call) return false;
            current = call.Arguments[0];
        }
    }
}
