using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>gt</c> on numbers, dates and UUIDs: <c>member > @p</c>. Enums compare by their
/// underlying number, which is how EF Core stores them by default.
/// </summary>
public sealed class ComparableGreaterThanHandler : FilterOperationHandler
{
    public static readonly ComparableGreaterThanHandler Instance = new();

    private ComparableGreaterThanHandler() : base("gt") { }

    public override Expression Build(Expression member, object value) =>
        ComparableOperands.Compare(member, Operand(member, value), Expression.GreaterThan);
}

/// <summary><c>ngt</c>: not <c>gt</c>.</summary>
public sealed class ComparableNotGreaterThanHandler : NegatedFilterOperationHandler
{
    public static readonly ComparableNotGreaterThanHandler Instance = new();

    private ComparableNotGreaterThanHandler() : base("ngt", ComparableGreaterThanHandler.Instance) { }
}
