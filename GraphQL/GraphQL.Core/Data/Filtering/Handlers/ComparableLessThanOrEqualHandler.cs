using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>lte</c> on numbers, dates and UUIDs: <c>member <= @p</c>. Enums compare by their
/// underlying number, which is how EF Core stores them by default.
/// </summary>
public sealed class ComparableLessThanOrEqualHandler : FilterOperationHandler
{
    public static readonly ComparableLessThanOrEqualHandler Instance = new();

    private ComparableLessThanOrEqualHandler() : base("lte") { }

    public override Expression Build(Expression member, object value) =>
        ComparableOperands.Compare(member, Operand(member, value), Expression.LessThanOrEqual);
}

/// <summary><c>nlte</c>: not <c>lte</c>.</summary>
public sealed class ComparableNotLessThanOrEqualHandler : NegatedFilterOperationHandler
{
    public static readonly ComparableNotLessThanOrEqualHandler Instance = new();

    private ComparableNotLessThanOrEqualHandler() : base("nlte", ComparableLessThanOrEqualHandler.Instance) { }
}
