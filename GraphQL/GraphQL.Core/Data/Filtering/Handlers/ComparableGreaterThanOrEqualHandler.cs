using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>gte</c> on numbers, dates and UUIDs: <c>member >= @p</c>. Enums compare by their
/// underlying number, which is how EF Core stores them by default.
/// </summary>
public sealed class ComparableGreaterThanOrEqualHandler : FilterOperationHandler
{
    public static readonly ComparableGreaterThanOrEqualHandler Instance = new();

    private ComparableGreaterThanOrEqualHandler() : base("gte") { }

    public override Expression Build(Expression member, object value) =>
        ComparableOperands.Compare(member, Operand(member, value), Expression.GreaterThanOrEqual);
}

/// <summary><c>ngte</c>: not <c>gte</c>.</summary>
public sealed class ComparableNotGreaterThanOrEqualHandler : NegatedFilterOperationHandler
{
    public static readonly ComparableNotGreaterThanOrEqualHandler Instance = new();

    private ComparableNotGreaterThanOrEqualHandler() : base("ngte", ComparableGreaterThanOrEqualHandler.Instance) { }
}
