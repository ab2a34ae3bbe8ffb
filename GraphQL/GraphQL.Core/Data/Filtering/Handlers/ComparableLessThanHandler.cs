using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>lt</c> on numbers, dates and UUIDs: <c>member < @p</c>. Enums compare by their
/// underlying number, which is how EF Core stores them by default.
/// </summary>
public sealed class ComparableLessThanHandler : FilterOperationHandler
{
    public static readonly ComparableLessThanHandler Instance = new();

    private ComparableLessThanHandler() : base("lt") { }

    public override Expression Build(Expression member, object value) =>
        ComparableOperands.Compare(member, Operand(member, value), Expression.LessThan);
}

/// <summary><c>nlt</c>: not <c>lt</c>.</summary>
public sealed class ComparableNotLessThanHandler : NegatedFilterOperationHandler
{
    public static readonly ComparableNotLessThanHandler Instance = new();

    private ComparableNotLessThanHandler() : base("nlt", ComparableLessThanHandler.Instance) { }
}
