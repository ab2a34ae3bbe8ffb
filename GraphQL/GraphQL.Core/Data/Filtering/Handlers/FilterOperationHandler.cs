using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// One filter operation (<c>eq</c>, <c>contains</c>, <c>gt</c>, ...): turns the member being filtered
/// and the operation's (non-null, coerced) value into a boolean expression EF Core translates to SQL.
/// One small class per operation, as Hot Chocolate's <c>Queryable…Handler</c>s.
/// </summary>
public abstract class FilterOperationHandler
{
    protected FilterOperationHandler(string name) => Name = name;

    /// <summary>The input field name (<c>startsWith</c>).</summary>
    public string Name { get; }

    /// <summary>True when the operation's input is a list of operands (<c>in</c>, <c>nin</c>).</summary>
    public virtual bool TakesList => false;

    /// <summary>Builds the predicate on <paramref name="member"/>; <paramref name="value"/> is never null.</summary>
    public abstract Expression Build(Expression member, object value);

    /// <summary>The value as a SQL parameter of the member's type.</summary>
    protected static Expression Operand(Expression member, object value) =>
        Execution.ExpressionValues.Parameter(Execution.ExpressionValues.Convert(value, member.Type), member.Type);
}

/// <summary>The negation of another operation (<c>ncontains</c> is "not <c>contains</c>").</summary>
public abstract class NegatedFilterOperationHandler : FilterOperationHandler
{
    private readonly FilterOperationHandler _inner;

    protected NegatedFilterOperationHandler(string name, FilterOperationHandler inner) : base(name) => _inner = inner;

    public override bool TakesList => _inner.TakesList;

    public override Expression Build(Expression member, object value) => Expression.Not(_inner.Build(member, value));
}
