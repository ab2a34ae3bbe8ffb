using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.Data.Paging;
using GraphQL.Data.Sorting;
using GraphQL.Execution.Planning;

namespace GraphQL.Data.Projection;

/// <summary>
/// The projection made for a field plan: its selection never changes, so the <c>Select</c> is reused by
/// every request of the cached operation, as long as the request's ordering reads only columns the
/// tree already holds (a sort on an unselected column remakes it). Lives as long as the plan does.
/// </summary>
internal static class ProjectionCache
{
    private static readonly ConditionalWeakTable<FieldPlan, Entry> s_entries = new();

    public static Entry? TryGet(FieldPlan plan, PagingShape? shape, List<SortKey> ordering)
    {
        if (!s_entries.TryGetValue(plan, out var entry) || entry.Shape != shape) return null;
        foreach (var key in ordering)
        {
            if (ProjectionExpressionBuilder.PathOf(key.Selector) is { } path && !entry.Tree.Contains(path)) return null;
        }

        return entry;
    }

    public static void Set(FieldPlan plan, PagingShape? shape, ProjectionTree tree, LambdaExpression? selector) =>
        s_entries.AddOrUpdate(plan, new Entry(shape, tree, selector));

    internal sealed record Entry(PagingShape? Shape, ProjectionTree Tree, LambdaExpression? Selector);
}
