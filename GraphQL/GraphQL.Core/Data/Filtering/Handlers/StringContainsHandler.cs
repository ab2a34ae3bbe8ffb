using System.Linq.Expressions;

namespace GraphQL.Data.Filtering;

/// <summary>
/// <c>contains</c> on strings: <c>string.Contains(value)</c>, which EF Core translates to <c>LIKE</c> (with the
/// pattern's wildcards escaped) or <c>strpos</c>; a null column does not match.
/// </summary>
public sealed class StringContainsHandler : FilterOperationHandler
{
    private static readonly System.Reflection.MethodInfo s_method = typeof(string).GetMethod(nameof(string.Contains), new[] { typeof(string) })!;

    public static readonly StringContainsHandler Instance = new();

    private StringContainsHandler() : base("contains") { }

    public override Expression Build(Expression member, object value) =>
        Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, s_method, Operand(member, value)));
}

/// <summary><c>ncontains</c>: not <c>contains</c> (a null column matches).</summary>
public sealed class StringNotContainsHandler : NegatedFilterOperationHandler
{
    public static readonly StringNotContainsHandler Instance = new();

    private StringNotContainsHandler() : base("ncontains", StringContainsHandler.Instance) { }
}
