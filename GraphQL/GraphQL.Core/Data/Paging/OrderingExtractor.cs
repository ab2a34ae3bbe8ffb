using System.Linq.Expressions;
using GraphQL.Data.Sorting;

namespace GraphQL.Data.Paging;

/// <summary>
/// Reads the ordering a query already has (<c>OrderBy(...).ThenBy(...)</c>, from <c>[UseSorting]</c> or
/// the resolver itself) out of its expression tree, looking through the operators that keep order
/// (<c>Where</c>, a projection's <c>Select</c> to the same type, <c>AsNoTracking</c>, <c>Include</c>).
/// Paging builds its cursors and seek predicates from these keys.
/// </summary>
internal static class OrderingExtractor
{
    public static List<SortKey> Extract(Expression expression)
    {
        var keys = new List<SortKey>();
        var current = expression;
        while (current is MethodCallExpression call && call.Arguments.Count > 0)
        {
            switch (call.Method.Name)
            {
                case "ThenBy":
                case "ThenByDescending":
                    keys.Insert(0, new SortKey(Unquote(call.Arguments[1]), call.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
                    break;
                case "OrderBy":
                case "OrderByDescending":
                    keys.Insert(0, new SortKey(Unquote(call.Arguments[1]), call.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
                    return keys;
                case "Where":
                case "AsNoTracking":
                case "AsNoTrackingWithIdentityResolution":
                case "AsTracking":
                case "AsSplitQuery":
                case "AsSingleQuery":
                case "Include":
                case "ThenInclude":
                case "TagWith":
                    if (keys.Count > 0) return new List<SortKey>();
                    break;
                case "Select" when call.Type == call.Arguments[0].Type:
                    break;
                default:
                    return new List<SortKey>();
            }

            current = call.Arguments[0];
        }

        return new List<SortKey>();
    }

    private static LambdaExpression Unquote(Expression expression) =>
        (LambdaExpression)(expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression);
}
