using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>Builds an ordering comparison; enums (which have no operators in expression trees) compare as their underlying number.</summary>
internal static class ComparableOperands
{
    public static Expression Compare(Expression left, Expression right, Func<Expression, Expression, BinaryExpression> compare)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (!type.IsEnum) return compare(left, right);
        var underlying = Enum.GetUnderlyingType(type);
        var target = Nullable.GetUnderlyingType(left.Type) is null ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
        return compare(Expression.Convert(left, target), Expression.Convert(right, target));
    }
}
