using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary><c>eq</c>: the member equals the value (<c>= @p</c>); a null value is handled by the visitor as <c>IS NULL</c>.</summary>
public sealed class EqualsHandler : FilterOperationHandler
{
    public static readonly EqualsHandler Instance = new();

    private EqualsHandler() : base("eq") { }

    public override Expression Build(Expression member, object value) => Expression.Equal(member, Operand(member, value));
}

/// <summary><c>neq</c>: the member differs from the value.</summary>
public sealed class NotEqualsHandler : FilterOperationHandler
{
    public static readonly NotEqualsHandler Instance = new();

    private NotEqualsHandler() : base("neq") { }

    public override Expression Build(Expression member, object value) => Expression.NotEqual(member, Operand(member, value));
}
