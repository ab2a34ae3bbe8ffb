using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The toolkit's filters guard nested objects with <c>x.Category != null &amp;&amp; …</c> (and list
/// elements with <c>v != null</c>). Over the views those objects are projections
/// (<c>new CategoryView { … }</c>), which EF Core cannot compare with null, and which are never null
/// (the relation is required, collection elements exist). This rewrites such comparisons of a view
/// with null to constants before EF Core translates the query.
/// </summary>
internal sealed class ProjectionNullCheckInterceptor : IQueryExpressionInterceptor
{
    public static readonly ProjectionNullCheckInterceptor Instance = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        Rewriter.Instance.Visit(queryExpression);

    private sealed class Rewriter : ExpressionVisitor
    {
        public static readonly Rewriter Instance = new();

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual
                && (IsProjection(node.Left) && IsNull(node.Right) || IsProjection(node.Right) && IsNull(node.Left)))
            {
                return Expression.Constant(node.NodeType == ExpressionType.NotEqual);
            }

            return base.VisitBinary(node);
        }

        private static bool IsProjection(Expression e) =>
            e is MemberInitExpression || e.Type == typeof(CategoryView) || e.Type == typeof(VariantView) || e.Type == typeof(ProductView);

        private static bool IsNull(Expression e) => e is ConstantExpression { Value: null };
    }
}
